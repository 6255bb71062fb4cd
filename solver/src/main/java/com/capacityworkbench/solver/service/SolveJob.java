package com.capacityworkbench.solver.service;

import com.capacityworkbench.model.plan.Plan;

/** A running (or finished) solve. */
public interface SolveJob {

    /** Asks the solve to end; it stops within a second and reports STOPPED with its best plan. */
    void stop();

    boolean isRunning();

    /** Waits for the final plan. */
    Plan awaitPlan() throws InterruptedException;
}
