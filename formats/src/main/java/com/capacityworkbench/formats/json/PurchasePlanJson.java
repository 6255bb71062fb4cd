package com.capacityworkbench.formats.json;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.PurchasePlan;
import java.nio.file.Path;

/** What-to-buy files in JSON (issue #17), with the same conventions, errors and atomic saves as plan files. */
public final class PurchasePlanJson {

    private PurchasePlanJson() {
    }

    public static PurchasePlan read(Path file) throws ScenarioFileException {
        return JsonDocument.read(file, PurchasePlan.class);
    }

    public static void write(PurchasePlan purchasePlan, Path file) throws ScenarioFileException {
        JsonDocument.write(purchasePlan, file);
    }
}
