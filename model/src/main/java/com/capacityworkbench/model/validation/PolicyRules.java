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
        problems.inRange("policies.firstRefusalPremium", policies.firstRefusalPremium(), Figure.FIRST_REFUSAL_PREMIUM);
        problems.inRange("policies.carbonPricePerTonne", policies.carbonPricePerTonne(), Figure.CARBON_PRICE);
        problems.inRange("policies.maxProviderSharePct", policies.maxProviderSharePct(), Figure.MAX_PROVIDER_SHARE);
        problems.inRange("policies.hostOverheadFraction", policies.hostOverheadFraction(), Figure.HOST_OVERHEAD);

        ConstraintWeights weights = context.scenario().weights();
        weight("weights.unplacedDemand", weights.unplacedDemand(), problems);
        weight("weights.firstRefusal", weights.firstRefusal(), problems);
        weight("weights.cost", weights.cost(), problems);
        weight("weights.latency", weights.latency(), problems);
        weight("weights.providerShare", weights.providerShare(), problems);
    }

    /** 0 switches a rule off; otherwise the weight must count, and the score counts it in hundredths. */
    private static void weight(String path, double weight, Problems problems) {
        if (weight > 0 && weight < Figure.SMALLEST_WEIGHT) {
            problems.add(path, "must be 0 (the rule off) or at least " + Problems.grouped(Figure.SMALLEST_WEIGHT)
                    + " (weights count in hundredths), got " + Problems.grouped(weight));
        } else if (weight > Figure.WEIGHT.max()) {
            // Said for the planner who raises a weight to make its rule dominate: the levels already do that.
            problems.add(path, "must be at most " + Problems.grouped(Figure.WEIGHT.max()) + ", got "
                    + Problems.grouped(weight) + ": a weight scales its rule within its level of the score, and the"
                    + " levels already come in order (unplaced demand, first refusal, cost, latency, provider share)");
        } else {
            problems.inRange(path, weight, Figure.WEIGHT);
        }
    }
}
