package com.capacityworkbench.formats.json;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.KeptPlan;
import java.nio.file.Path;

/** Kept plans in JSON, with the same conventions, errors and atomic saves as {@link PlanJson}. */
public final class KeptPlanJson {

    private KeptPlanJson() {
    }

    public static KeptPlan read(Path file) throws ScenarioFileException {
        return JsonDocument.read(file, KeptPlan.class);
    }

    public static void write(KeptPlan kept, Path file) throws ScenarioFileException {
        JsonDocument.write(kept, file);
    }
}
