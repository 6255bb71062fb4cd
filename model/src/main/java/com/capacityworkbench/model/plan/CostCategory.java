package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Labelled;

/** What a dollar of plan cost pays for. */
public enum CostCategory implements Labelled {
    COMPUTE("compute"),
    EGRESS("egress"),
    ENERGY("energy"),
    PORTING("porting"),
    CARBON("carbon"),
    /** Bought capacity paid whether used or not: an offer's blocks beyond the hours its work uses, a build-out's capex. */
    COMMITMENT("commitments");

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
