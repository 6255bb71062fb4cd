package com.capacityworkbench.bench.measure;

/**
 * A new best plan, seconds after the solve was asked for: its evaluated score, whether it breaks no hard
 * rule, and how many shards it places (the solve's first plan, before construction, places none).
 */
public record TimedScore(double seconds, String score, boolean feasible, long placedShards) {

    /** A plan worth waiting for: no hard violation, and construction has placed work. */
    public boolean isUsable() {
        return feasible && placedShards > 0;
    }
}
