package com.capacityworkbench.solver.rules;

/**
 * The hard placement rules, in the order explanations test them: the first one a pool breaks is
 * the reason given for it.
 */
public enum HardRule {
    /** The planner ruled the pool out for the workload: first, as no other reason matters then. */
    EXCLUDED("Excluded by the planner"),
    AVAILABILITY("Availability"),
    SOFTWARE_FAMILY("Software family"),
    MEMORY("Memory"),
    SOVEREIGN_CLOUD("Sovereign cloud"),
    RESIDENCY("Residency"),
    DATA_STAGING("Data staging"),
    CAPACITY("Capacity"),
    POWER("Power"),
    /** Capacity bought from an offer used over more periods than one purchase's term covers. */
    OFFER_TERM("Offer term"),
    /** What a plan commits to buying above the budget it was solved for (a point of the budget curve). */
    PURCHASE_BUDGET("Purchase budget");

    private final String label;

    HardRule(String label) {
        this.label = label;
    }

    /** The rule's name as a planner says it; also the constraint id in the solver. */
    public String label() {
        return label;
    }
}
