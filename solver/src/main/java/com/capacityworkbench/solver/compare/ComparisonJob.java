package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.Comparison;

/** A comparison under way: one Stop for every solve in it. */
public interface ComparisonJob {

    /** Stops every solve; plans found so far are kept and compared. */
    void stop();

    boolean isRunning();

    Comparison await() throws InterruptedException;
}
