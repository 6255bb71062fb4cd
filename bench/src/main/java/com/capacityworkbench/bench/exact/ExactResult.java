package com.capacityworkbench.bench.exact;

import com.capacityworkbench.model.plan.Assignment;
import java.util.List;

/**
 * The exact reference's plan and, per soft level, what it proved.
 *
 * @param objectivesMatchEvaluator every CP-SAT solution's objective equalled the plan evaluator's score of
 *                                 that plan on the level being optimised
 */
public record ExactResult(List<Assignment> assignments, List<LevelOutcome> levels, boolean objectivesMatchEvaluator,
                          double seconds) {

    public ExactResult {
        assignments = List.copyOf(assignments);
        levels = List.copyOf(levels);
    }

    public LevelOutcome level(ScoreLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst().orElseThrow();
    }

    public boolean provenOptimal() {
        return levels.stream().allMatch(LevelOutcome::proven);
    }
}
