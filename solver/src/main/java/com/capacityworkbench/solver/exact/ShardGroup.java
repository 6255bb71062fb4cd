package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.Shard;
import java.util.List;

/**
 * Movable shards of one workload that a program places together: equal shards with the same pools to
 * choose from, so the program counts how many sit on each pool instead of telling them apart (which
 * would give the exact search every permutation of them to prove nothing about).
 *
 * @param pools the pools the program may put them on (within their range)
 */
record ShardGroup(List<Shard> shards, List<PlacementPool> pools) {

    ShardGroup {
        shards = List.copyOf(shards);
        pools = List.copyOf(pools);
    }

    Shard first() {
        return shards.getFirst();
    }

    int size() {
        return shards.size();
    }

    /** How many of the group's shards sit on each of its pools now, and (last) how many are unplaced. */
    int[] currentCounts() {
        int[] counts = new int[pools.size() + 1];
        for (Shard shard : shards) {
            int i = shard.getPool() == null ? -1 : pools.indexOf(shard.getPool());
            counts[i < 0 ? pools.size() : i]++;
        }
        return counts;
    }
}
