package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Labelled;

/** Where a workload shard ended up. */
public enum AssignmentStatus implements Labelled {
    /** On a pool, every hard rule holds. */
    PLACED("placed"),
    /** No pool could take it. */
    UNPLACED("unplaced"),
    /** On a pool, but it breaks a hard rule there (the plan is infeasible). */
    VIOLATING("violating");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
