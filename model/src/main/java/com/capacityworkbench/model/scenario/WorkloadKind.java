package com.capacityworkbench.model.scenario;

/** What a workload does; inference uses the inference throughput factor, everything else training's. */
public enum WorkloadKind implements Labelled {
    TRAINING("training"),
    FINE_TUNE("fine-tune"),
    RL("RL"),
    BATCH("batch"),
    INFERENCE("inference");

    private final String label;

    WorkloadKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isInference() {
        return this == INFERENCE;
    }

    public static WorkloadKind parse(String text) {
        return Labelled.parse(WorkloadKind.class, text);
    }
}
