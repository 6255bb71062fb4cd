package com.capacityworkbench.model.portfolio;

import com.capacityworkbench.model.scenario.Labelled;

/** What a sweep asks of each sampled future. */
public enum SweepMode implements Labelled {
    /** Keep today's plan; re-place only what the future breaks: how robust is the plan? */
    STRESS("stress the plan"),
    /** Solve each future from today's plan as a warm start: what would the plan become? */
    REPLAN("re-plan");

    private final String label;

    SweepMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static SweepMode parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "stress", "stress the plan" -> STRESS;
            case "replan", "re-plan" -> REPLAN;
            default -> throw new IllegalArgumentException("\"" + text + "\" is not a sweep mode (stress or replan)");
        };
    }
}
