package com.capacityworkbench.solver.service;

/** How a solve ended. */
public enum SolveOutcome {
    /** It reached its time limit, its move limit, or a plan proven optimal. */
    COMPLETED,
    /** The planner stopped it; the plan is the best found so far. */
    STOPPED,
    /**
     * The heap was nearly full after a collection, so the solve stopped before the machine ran out; the plan is
     * the best found so far.
     */
    MEMORY_SHORT,
    /** It failed; the plan is the best found before the failure, or the starting plan. */
    FAILED
}
