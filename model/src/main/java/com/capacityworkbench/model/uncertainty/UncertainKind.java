package com.capacityworkbench.model.uncertainty;

import java.util.List;

/** What an uncertain input moves, and what it may point at. */
public enum UncertainKind {
    PRICE_FACTOR("price factor", List.of("provider", "accelerator", "pool"), 0),
    POOL_DELAY("pool delay", List.of("pool"), Double.NEGATIVE_INFINITY),
    POOL_COUNT_FACTOR("pool count factor", List.of("pool"), 0),
    POWER_CAP_FACTOR("power cap factor", List.of("site"), 0),
    DEMAND_FACTOR("demand factor", List.of("kind", "workload"), 0),
    RESIDENCY_WIDENING("residency widening", List.of("dataset"), 0);

    private final String label;
    private final List<String> targets;
    private final double lowest;

    UncertainKind(String label, List<String> targets, double lowest) {
        this.label = label;
        this.targets = targets;
        this.lowest = lowest;
    }

    /** How a planner writes it: "price factor", "pool delay", … */
    public String label() {
        return label;
    }

    /** What it may point at: "provider", "accelerator", "pool", "site", "kind", "workload" or "dataset". */
    public List<String> targets() {
        return targets;
    }

    /** The lowest value that makes sense (factors are never negative); delays may be negative (earlier). */
    public double lowest() {
        return lowest;
    }

    /** By its label or its name, in any case. */
    public static UncertainKind parse(String text) {
        for (UncertainKind kind : values()) {
            if (kind.label.equalsIgnoreCase(text.trim()) || kind.name().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a kind of uncertain input (price factor, pool delay, "
                + "pool count factor, power cap factor, demand factor, residency widening)");
    }
}
