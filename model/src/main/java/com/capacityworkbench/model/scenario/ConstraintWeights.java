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

    /** The score counts weights in hundredths: 1.0 is 100 score units per natural unit, so 0.25 stays exact. */
    public static final long SCALE = 100;

    public static ConstraintWeights defaults() {
        return new ConstraintWeights(1, 1, 1, 1, 1);
    }

    /** Score units per natural unit (a dollar, an hour) at a weight: the weight in hundredths, never negative. */
    public static long units(double weight) {
        return Math.round(Math.max(0, weight) * SCALE);
    }
}
