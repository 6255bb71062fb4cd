package com.capacityworkbench.bench.measure;

import com.capacityworkbench.bench.exact.LevelOutcome;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exact reference on one case and seed.
 *
 * @param score           the plan evaluator's score of the reference's own plan
 * @param matchesEvaluator every level's CP-SAT objective equals that score's level
 * @param costs            the reference plan's total cost and purchases; null in results from before they were kept
 */
public record ExactMeasurement(String caseId, long seed, String score, boolean feasible, List<LevelOutcome> levels,
                               boolean matchesEvaluator, double seconds, @Nullable PlanCosts costs) {

    public ExactMeasurement {
        levels = List.copyOf(levels);
    }
}
