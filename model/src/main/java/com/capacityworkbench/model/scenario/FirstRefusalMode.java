package com.capacityworkbench.model.scenario;

/**
 * How hard the primary provider's right of first refusal is: strict outranks every cost, preference
 * is a dollar premium per accelerator-hour placed elsewhere, off ignores it.
 */
public enum FirstRefusalMode implements Labelled {
    STRICT("strict"),
    PREFERENCE("preference"),
    OFF("off");

    private final String label;

    FirstRefusalMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static FirstRefusalMode parse(String text) {
        return Labelled.parse(FirstRefusalMode.class, text);
    }
}
