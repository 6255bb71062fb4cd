package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.AcceleratorType;
import java.util.List;

/** Accelerator types: a vendor; memory, power, throughput factors and serving latency in range. */
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
            problems.inRange(at + "memoryGb", type.memoryGb(), Figure.MEMORY);
            problems.inRange(at + "tdpW", type.tdpW(), Figure.TDP);
            problems.inRange(at + "trainingFactor", type.trainingFactor(), Figure.TRAINING_FACTOR);
            problems.inRange(at + "inferenceFactor", type.inferenceFactor(), Figure.INFERENCE_FACTOR);
            problems.inRange(at + "servingLatencyMs", type.servingLatencyMs(), Figure.SERVING_LATENCY);
        }
    }
}
