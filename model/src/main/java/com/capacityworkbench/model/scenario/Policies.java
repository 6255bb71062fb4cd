package com.capacityworkbench.model.scenario;

import org.jspecify.annotations.Nullable;

/**
 * Scenario-wide rules.
 *
 * @param primaryProvider          provider id with the right of first refusal; null for none
 * @param firstRefusalPremium      $ per accelerator-hour a planner pays to stay on the primary (preference mode)
 * @param carbonPricePerTonne      internal carbon price, $ per tCO2e
 * @param maxProviderSharePct      no provider above this share of placed accelerator-hours; 100 disables
 * @param hostOverheadFraction     host, network and storage power on top of accelerator TDP (0.9 = +90 %)
 */
public record Policies(
        @Nullable String primaryProvider,
        FirstRefusalMode firstRefusal,
        double firstRefusalPremium,
        double carbonPricePerTonne,
        double maxProviderSharePct,
        double hostOverheadFraction) {

    public static final double DEFAULT_HOST_OVERHEAD = 0.9;

    public static Policies defaults() {
        return new Policies(null, FirstRefusalMode.OFF, 0, 0, 100, DEFAULT_HOST_OVERHEAD);
    }
}
