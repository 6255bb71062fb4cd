package com.capacityworkbench.model.scenario;

/**
 * How a pool is paid for. Committed and self-built capacity is sunk cost: using it adds nothing,
 * leaving it idle is reported as waste. On-demand capacity is paid per accelerator-hour used.
 */
public enum PricingKind implements Labelled {
    ON_DEMAND("on-demand"),
    COMMITTED("committed"),
    SELF_BUILT("self-built");

    private final String label;

    PricingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isSunk() {
        return this != ON_DEMAND;
    }

    public static PricingKind parse(String text) {
        return Labelled.parse(PricingKind.class, text);
    }
}
