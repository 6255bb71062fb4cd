package com.capacityworkbench.model.scenario;


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
