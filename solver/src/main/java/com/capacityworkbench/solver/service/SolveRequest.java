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
 * <p>The time limit is wall time from {@code startNanos} ({@link System#nanoTime()}) to the finished plan:
 * building the problem and evaluating the final plan are inside it, so a planner's "60 s" is 60 s.
 *
 * @param warmStart         a previous plan to start from; its pinned assignments stay where they are
 * @param purchaseBudgetUsd the most the plan may commit to buying (offers' blocks and build-outs' capex, for a
 *                          scenario expanded by {@link com.capacityworkbench.solver.purchase.PurchasableCapacity});
 *                          {@link #NO_BUDGET} for no limit
 */
public record SolveRequest(Scenario scenario, @Nullable Plan warmStart, Duration timeLimit,
                           @Nullable Duration unimprovedLimit, @Nullable Long moveCountLimit, long randomSeed,
                           long startNanos, double purchaseBudgetUsd) {

    /** No limit on what the plan may commit to buying. */
    public static final double NO_BUDGET = Double.POSITIVE_INFINITY;

    /** A request without a purchase budget. */
    public SolveRequest(Scenario scenario, @Nullable Plan warmStart, Duration timeLimit,
                        @Nullable Duration unimprovedLimit, @Nullable Long moveCountLimit, long randomSeed,
                        long startNanos) {
        this(scenario, warmStart, timeLimit, unimprovedLimit, moveCountLimit, randomSeed, startNanos, NO_BUDGET);
    }

    /** The same request with a limit on what its plan may commit to buying (offers and build-outs, in $). */
    public SolveRequest withPurchaseBudget(double usd) {
        return new SolveRequest(scenario, warmStart, timeLimit, unimprovedLimit, moveCountLimit, randomSeed, startNanos,
                usd);
    }

    /** A request whose time limit counts from now. */
    public SolveRequest(Scenario scenario, @Nullable Plan warmStart, Duration timeLimit,
                        @Nullable Duration unimprovedLimit, @Nullable Long moveCountLimit, long randomSeed) {
        this(scenario, warmStart, timeLimit, unimprovedLimit, moveCountLimit, randomSeed, System.nanoTime());
    }

    /** When the finished plan is due, in {@link System#nanoTime()}. */
    public long deadlineNanos() {
        return startNanos + timeLimit.toNanos();
    }

    /** The same request with the given time left to the solver itself, counting from now. */
    SolveRequest forSolverFromNow(Duration solverTime) {
        return new SolveRequest(scenario, warmStart, solverTime, unimprovedLimit, moveCountLimit, randomSeed,
                System.nanoTime(), purchaseBudgetUsd);
    }
}
