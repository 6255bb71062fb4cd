package com.capacityworkbench.solver.service;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What to solve and for how long. The solve ends at the first limit reached: {@code timeLimit}, no
 * better plan for {@code unimprovedLimit}, or {@code moveCountLimit} moves evaluated. With a move-count
 * limit (and a time limit that does not strike first) the same scenario and seed give the same plan.
 *
 * @param warmStart a previous plan to start from; its pinned assignments stay where they are
 */
public record SolveRequest(Scenario scenario, @Nullable Plan warmStart, Duration timeLimit,
                           @Nullable Duration unimprovedLimit, @Nullable Long moveCountLimit, long randomSeed) {
}
