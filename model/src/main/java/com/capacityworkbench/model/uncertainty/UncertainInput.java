package com.capacityworkbench.model.uncertainty;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One input of the scenario nobody knows for sure: what it moves ({@code kind} of {@code target} {@code id}, e.g. the
 * price factor of accelerator B200), how it may turn out, and the driver it moves with, if any: inputs of one driver
 * (one "GPU market" for every GPU price) rise and fall together, each along its own distribution.
 *
 * @param name    how a planner calls it ("Abilene slip"); unique in the model
 * @param widenTo for a residency widening, the jurisdictions its dataset may then also go to; empty otherwise
 */
public record UncertainInput(String name, UncertainKind kind, String target, String id, Distribution distribution,
        @Nullable String driver, Set<String> widenTo) {

    public UncertainInput {
        widenTo = widenTo == null ? Set.of() : Set.copyOf(widenTo);
        driver = driver == null || driver.isBlank() ? null : driver.trim();
    }

    /** The sample dimension this input draws from: its driver's, or its own. */
    public String dimension() {
        return driver != null ? "driver " + driver : "input " + name;
    }
}
