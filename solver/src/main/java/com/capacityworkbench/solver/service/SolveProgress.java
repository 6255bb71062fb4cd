package com.capacityworkbench.solver.service;

import com.capacityworkbench.model.plan.LevelQuality;
import java.time.Duration;
import java.util.List;

/**
 * How a running solve is doing: the best plan's value on each level of the score that counts in the scenario,
 * with the bounds known so far and when each last improved.
 *
 * @param levels empty until the first plan
 */
public record SolveProgress(Duration elapsed, List<LevelQuality> levels, long movesPerSecond, boolean feasible) {

    public SolveProgress {
        levels = List.copyOf(levels);
    }
}
