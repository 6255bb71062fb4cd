package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Policies;

/** Policies and weights: a known primary provider (required when first refusal is on), figures in range. */
final class PolicyRules {

    private PolicyRules() {
    }

    static void check(ValidationContext context) {
        Policies policies = context.scenario().policies();
        Problems problems = context.problems();
        String primary = policies.primaryProvider();
        if (primary == null || primary.isBlank()) {
            if (policies.firstRefusal() != null && policies.firstRefusal() != FirstRefusalMode.OFF) {
                problems.add("policies.primaryProvider", "first refusal is " + policies.firstRefusal().label()
                        + ", which needs a primary provider");
            }
        } else {
            problems.reference("policies.primaryProvider", primary, "provider",
                    context.index().providers().keySet());
        }
        problems.notNegative("policies.firstRefusalPremium", policies.firstRefusalPremium());
        problems.notNegative("policies.carbonPricePerTonne", policies.carbonPricePerTonne());
        problems.between("policies.maxProviderSharePct", policies.maxProviderSharePct(), 0, 100);
        problems.notNegative("policies.hostOverheadFraction", policies.hostOverheadFraction());

        ConstraintWeights weights = context.scenario().weights();
        problems.notNegative("weights.unplacedDemand", weights.unplacedDemand());
        problems.notNegative("weights.firstRefusal", weights.firstRefusal());
        problems.notNegative("weights.cost", weights.cost());
        problems.notNegative("weights.latency", weights.latency());
        problems.notNegative("weights.providerShare", weights.providerShare());
    }
}
