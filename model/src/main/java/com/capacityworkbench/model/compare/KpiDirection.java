package com.capacityworkbench.model.compare;

/** Which way a KPI is better, so a comparison can mark the best value in its row. */
public enum KpiDirection {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER,
    /** A share or a figure with no better side (e.g. a provider's share): nothing is highlighted. */
    NEUTRAL
}
