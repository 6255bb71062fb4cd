package com.capacityworkbench.solver.service;

import com.capacityworkbench.model.plan.Plan;

/** A running (or finished) solve. */
public interface SolveJob {

    /** Asks the solve to end; it stops within a second and reports STOPPED with its best plan. */
    void stop();

    /** The solver is still searching. After {@link #stop()} this turns false within a second; the final, fully
     * explained plan follows through {@link SolveListener#onFinished} and {@link #awaitPlan()}. */
    boolean isRunning();

    /** Waits for the final plan. */
    Plan awaitPlan() throws InterruptedException;
}
