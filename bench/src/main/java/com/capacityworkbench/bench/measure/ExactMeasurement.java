package com.capacityworkbench.bench.measure;

import com.capacityworkbench.bench.exact.LevelOutcome;
import java.util.List;

/**
 * The exact reference on one case and seed.
 *
 * @param score           the plan evaluator's score of the reference's own plan
 * @param matchesEvaluator every level's CP-SAT objective equals that score's level
 */
public record ExactMeasurement(String caseId, long seed, String score, boolean feasible, List<LevelOutcome> levels,
                               boolean matchesEvaluator, double seconds) {

    public ExactMeasurement {
        levels = List.copyOf(levels);
    }
}
