package com.capacityworkbench.bench.exact;

/**
 * What the exact reference proved about one soft level, as a penalty (positive, score units):
 * the best plan's value and a lower bound. {@code conditional} means the bound holds only among plans
 * that match the reference on the levels above, because one of those was not proven optimal in time.
 */
public record LevelOutcome(ScoreLevel level, long objective, long bound, boolean proven, boolean conditional,
                           double seconds) {

    /** (objective − bound) ÷ bound; 0 when proven. */
    public double relativeGap() {
        return objective == bound ? 0 : (double) (objective - bound) / Math.max(1, Math.abs(bound));
    }
}
