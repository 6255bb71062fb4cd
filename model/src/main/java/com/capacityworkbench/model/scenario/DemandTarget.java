package com.capacityworkbench.model.scenario;


/** What a demand factor applies to: every workload of a kind, or one workload. */
public enum DemandTarget implements Labelled {
    KIND("kind"),
    WORKLOAD("workload");

    private final String label;

    DemandTarget(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
