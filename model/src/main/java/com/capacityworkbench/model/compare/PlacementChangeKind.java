package com.capacityworkbench.model.compare;

import com.capacityworkbench.model.scenario.Labelled;

/** How a workload's placement changed from the base plan to a variant's plan. */
public enum PlacementChangeKind implements Labelled {
    MOVED("moved"),
    NEWLY_PLACED("newly placed"),
    NEWLY_UNPLACED("newly unplaced"),
    ADDED("added by the variant"),
    REMOVED("removed by the variant");

    private final String label;

    PlacementChangeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
