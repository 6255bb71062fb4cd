package com.capacityworkbench.model.scenario;


/** How a number is changed: set to a value, multiplied by it, or moved by it. */
public enum CountMode implements Labelled {
    SET("set"),
    FACTOR("factor"),
    DELTA("delta");

    private final String label;

    CountMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public double apply(double current, double value) {
        return switch (this) {
            case SET -> value;
            case FACTOR -> current * value;
            case DELTA -> current + value;
        };
    }

    String describe(double value) {
        return switch (this) {
            case SET -> "set to " + ChangeText.number(value);
            case FACTOR -> "× " + ChangeText.factor(value);
            case DELTA -> (value >= 0 ? "+" : "") + ChangeText.number(value);
        };
    }
}
