package com.capacityworkbench.model.scenario;

/** What sort of provider sells (or builds) the capacity. */
public enum ProviderKind implements Labelled {
    CLOUD("cloud"),
    NEOCLOUD("neocloud"),
    SELF_BUILT("self-built");

    private final String label;

    ProviderKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ProviderKind parse(String text) {
        return Labelled.parse(ProviderKind.class, text);
    }
}
