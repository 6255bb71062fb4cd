package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Labelled;

/**
 * The soft levels a solved plan is ranked by, most important first (the design's order): a plan is better
 * when it is better on the first level where two plans differ.
 */
public enum PlanLevel implements Labelled {
    UNPLACED_DEMAND("Unplaced demand", "ref accel × priority"),
    FIRST_REFUSAL("First refusal", "ref-accel-hours off the primary"),
    COST("Cost", "$"),
    LATENCY("Latency", "ms above target"),
    PROVIDER_SHARE("Provider share", "accel-hours above the maximum");

    private final String label;
    private final String unit;

    PlanLevel(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    @Override
    public String label() {
        return label;
    }

    /** What the level's figure counts, at default weights (a weight scales it). */
    public String unit() {
        return unit;
    }
}
