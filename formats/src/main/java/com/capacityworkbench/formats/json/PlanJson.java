package com.capacityworkbench.formats.json;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.Plan;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;

/** Plan files in JSON, with the same conventions, errors and atomic saves as {@link ScenarioJson}. */
public final class PlanJson {

    private PlanJson() {
    }

    public static Plan read(Path file) throws ScenarioFileException {
        return JsonDocument.read(file, Plan.class);
    }

    public static void write(Plan plan, Path file) throws ScenarioFileException {
        JsonDocument.write(plan, file);
    }

    public static String toJson(Plan plan) throws JsonProcessingException {
        return JsonDocument.toText(plan);
    }
}
