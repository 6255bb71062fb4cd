package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Period;
import org.jspecify.annotations.Nullable;

/**
 * One workload shard and the pool it runs on (or none).
 *
 * @param shard        0-based shard number; a non-splittable workload has only shard 0
 * @param demand       reference accelerators this shard carries
 * @param accelerators accelerators it uses on its pool: ceil(demand / the pool type's factor); 0 if unplaced
 * @param costUsd      what this shard costs over its window, all categories
 * @param reason       in a planner's words: why here, or why nowhere
 * @param pinned       the planner fixed this shard to its pool; the solver keeps it there
 */
public record Assignment(
        String workload,
        int shard,
        double demand,
        @Nullable String pool,
        @Nullable String site,
        @Nullable String provider,
        int accelerators,
        Period from,
        Period to,
        double costUsd,
        AssignmentStatus status,
        @Nullable String reason,
        boolean pinned) {

    public boolean isPlaced() {
        return pool != null;
    }

    /** The same assignment, pinned to its pool or free to move. */
    public Assignment withPinned(boolean pin) {
        return new Assignment(workload, shard, demand, pool, site, provider, accelerators, from, to, costUsd, status,
                reason, pin);
    }
}
