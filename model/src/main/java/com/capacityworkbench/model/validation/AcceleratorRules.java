package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.AcceleratorType;
import java.util.List;

/** Accelerator types: a vendor, positive memory, power and throughput factors. */
final class AcceleratorRules {

    private AcceleratorRules() {
    }

    static void check(ValidationContext context) {
        List<AcceleratorType> types = context.scenario().accelerators();
        Problems problems = context.problems();
        for (int i = 0; i < types.size(); i++) {
            AcceleratorType type = types.get(i);
            String at = "accelerators[" + i + "].";
            problems.notBlank(at + "vendor", type.vendor());
            problems.positive(at + "memoryGb", type.memoryGb());
            problems.positive(at + "tdpW", type.tdpW());
            problems.positive(at + "trainingFactor", type.trainingFactor());
            problems.positive(at + "inferenceFactor", type.inferenceFactor());
            problems.notNegative(at + "servingLatencyMs", type.servingLatencyMs());
        }
    }
}
