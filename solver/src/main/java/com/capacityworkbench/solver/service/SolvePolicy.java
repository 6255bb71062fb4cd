package com.capacityworkbench.solver.service;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a solve runs, whichever face starts it (the window, {@code solve}, {@code compare}, a comparison in the window):
 * the same seed by default and no early stop on a pause in improvement, so that the window and the command line give
 * a planner the same plan for the same scenario and limit. A solve ends at its time limit, when the planner stops it,
 * or when every level is proven optimal. The window used to take seed 1 and stop after max(5 s, limit / 3) without
 * improvement while the command line took seed 0 and ran to its limit: one scenario, two totals.
 */
public final class SolvePolicy {

    public static final long DEFAULT_SEED = 0;
    public static final int DEFAULT_SECONDS = 30;

    private SolvePolicy() {
    }

    /** A solve of the scenario, from a previous plan or from scratch, for the time limit counted from now. */
    public static SolveRequest request(Scenario scenario, @Nullable Plan warmStart, Duration timeLimit, long seed) {
        return new SolveRequest(scenario, warmStart, timeLimit, null, null, seed);
    }
}
