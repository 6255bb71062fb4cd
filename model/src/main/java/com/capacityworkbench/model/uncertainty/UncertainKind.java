package com.capacityworkbench.model.uncertainty;

import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.DemandFactor;
import com.capacityworkbench.model.scenario.DemandTarget;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.PowerCapChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.ResidencyChange;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an uncertain input moves, what it may point at, and the what-if change a drawn value makes: a sample of the
 * future is a variant of the base, so it is solved, explained and compared like any other.
 */
public enum UncertainKind implements Labelled {
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

    @Override
    public String label() {
        return label;
    }

    /** What it may point at: "provider", "accelerator", "pool", "site", "kind", "workload" or "dataset". */
    public List<String> targets() {
        return targets;
    }

    /** The lowest value that makes sense (factors are never negative); delays may be negative (earlier). */
    double lowest() {
        return lowest;
    }

    /**
     * The change a drawn value makes, or null when it makes none (a widening that did not happen).
     *
     * @param widenTo the jurisdictions a residency widening adds
     */
    @Nullable Change change(String target, String id, double value, Set<String> widenTo) {
        return switch (this) {
            case PRICE_FACTOR -> new PriceFactor(PriceTarget.valueOf(target.toUpperCase(java.util.Locale.ROOT)), id, value);
            case POOL_DELAY -> Math.round(value) == 0 ? null : new PoolDelay(id, (int) Math.round(value));
            case POOL_COUNT_FACTOR -> new PoolCountChange(id, CountMode.FACTOR, value);
            case POWER_CAP_FACTOR -> new PowerCapChange(id, CountMode.FACTOR, value, null, null);
            case DEMAND_FACTOR -> new DemandFactor(DemandTarget.valueOf(target.toUpperCase(java.util.Locale.ROOT)), id, value);
            case RESIDENCY_WIDENING -> value >= 0.5 ? new ResidencyChange(id, widenTo, Set.of()) : null;
        };
    }

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
