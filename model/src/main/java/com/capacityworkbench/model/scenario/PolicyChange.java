package com.capacityworkbench.model.scenario;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Changes scenario policies; every null field keeps the base's value.
 *
 * @param primaryProvider a provider id, or {@link #NO_PRIMARY} to have no primary provider
 */
public record PolicyChange(
        @Nullable String primaryProvider,
        @Nullable FirstRefusalMode firstRefusal,
        @Nullable Double firstRefusalPremium,
        @Nullable Double carbonPricePerTonne,
        @Nullable Double maxProviderSharePct) implements Change {

    public static final String NO_PRIMARY = "none";

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        if (primaryProvider != null && !NO_PRIMARY.equals(primaryProvider)
                && !ById.contains(scenario.providers(), p -> p.id(), primaryProvider)) {
            return ChangeOutcome.stale(scenario, "provider \"" + primaryProvider + "\" no longer exists");
        }
        Policies p = scenario.policies();
        Policies changed = new Policies(
                primaryProvider == null ? p.primaryProvider() : NO_PRIMARY.equals(primaryProvider) ? null : primaryProvider,
                firstRefusal == null ? p.firstRefusal() : firstRefusal,
                firstRefusalPremium == null ? p.firstRefusalPremium() : firstRefusalPremium,
                carbonPricePerTonne == null ? p.carbonPricePerTonne() : carbonPricePerTonne,
                maxProviderSharePct == null ? p.maxProviderSharePct() : maxProviderSharePct,
                p.hostOverheadFraction());
        return ChangeOutcome.applied(scenario.withPolicies(changed));
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (primaryProvider != null) {
            parts.add(NO_PRIMARY.equals(primaryProvider) ? "no primary provider" : "primary provider " + primaryProvider);
        }
        if (firstRefusal != null) {
            parts.add("first refusal " + firstRefusal.label());
        }
        if (firstRefusalPremium != null) {
            parts.add("first-refusal premium $" + ChangeText.number(firstRefusalPremium) + "/accel-h");
        }
        if (carbonPricePerTonne != null) {
            parts.add("carbon price $" + ChangeText.number(carbonPricePerTonne) + "/tCO2e");
        }
        if (maxProviderSharePct != null) {
            parts.add("max provider share " + ChangeText.number(maxProviderSharePct) + " %");
        }
        return parts.isEmpty() ? "Policies unchanged" : "Policy: " + String.join(", ", parts);
    }
}
