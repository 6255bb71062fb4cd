package com.capacityworkbench.model.scenario;

/** The software stack an accelerator runs; a workload's code supports some of them. */
public enum SoftwareFamily implements Labelled {
    CUDA("CUDA"),
    ROCM("ROCm"),
    XLA("XLA"),
    NEURON("Neuron"),
    GAUDI("Gaudi");

    private final String label;

    SoftwareFamily(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static SoftwareFamily parse(String text) {
        if (text != null && text.trim().equalsIgnoreCase("XLA-TPU")) {
            return XLA;
        }
        return Labelled.parse(SoftwareFamily.class, text);
    }
}
