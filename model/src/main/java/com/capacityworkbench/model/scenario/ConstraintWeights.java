package com.capacityworkbench.model.scenario;

/**
 * Multipliers on the soft rules, in their default order of importance. 1.0 keeps a rule as designed,
 * 0 switches it off, 2.0 makes it count twice as much within its level.
 */
public record ConstraintWeights(
        double unplacedDemand,
        double firstRefusal,
        double cost,
        double latency,
        double providerShare) {

    public static ConstraintWeights defaults() {
        return new ConstraintWeights(1, 1, 1, 1, 1);
    }
}
