package com.capacityworkbench.model.scenario;


/** What a price factor applies to: every pool of a provider, of an accelerator type, or one pool. */
public enum PriceTarget implements Labelled {
    PROVIDER("provider"),
    ACCELERATOR("accelerator"),
    POOL("pool");

    private final String label;

    PriceTarget(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
