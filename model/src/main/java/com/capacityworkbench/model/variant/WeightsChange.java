package com.capacityworkbench.model.variant;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Scenario;

/** Replaces the constraint weights. */
public record WeightsChange(ConstraintWeights weights) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        return ChangeOutcome.applied(scenario.withWeights(weights));
    }

    @Override
    public String describe() {
        return "Weights: unplaced " + ChangeText.number(weights.unplacedDemand())
                + ", first refusal " + ChangeText.number(weights.firstRefusal())
                + ", cost " + ChangeText.number(weights.cost())
                + ", latency " + ChangeText.number(weights.latency())
                + ", provider share " + ChangeText.number(weights.providerShare());
    }
}
