package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.Shard;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What a slice's program may change: its workloads' shards, the pools they may take or sit on, and the power-capped
 * sites of those pools. Two slices whose footprints do not meet can be searched at the same time from one plan:
 * neither's rest of the plan takes room the other frees or fills. (What they still share, once-paid charges and the
 * provider levels, the plan's score checks when the second is kept.)
 */
record Footprint(Set<String> workloads, Set<PlacementPool> pools, Set<PlacementSite> cappedSites) {

    static Footprint of(Slice slice) {
        Set<String> workloads = new HashSet<>();
        Set<PlacementPool> pools = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ShardGroup group : slice.groups()) {
            workloads.add(group.first().getWorkload());
            pools.addAll(group.pools());
        }
        Set<PlacementSite> sites = Collections.newSetFromMap(new IdentityHashMap<>());
        pools.stream().map(PlacementPool::getSite).filter(PlacementSite::isCapped).forEach(sites::add);
        return new Footprint(workloads, pools, sites);
    }

    /** Whether a change on this pool could meet the slice: the pool is one of its, or shares a capped site with one. */
    boolean reaches(PlacementPool pool) {
        return pools.contains(pool) || cappedSites.contains(pool.getSite());
    }

    /** Whether another slice could free this shard without meeting this one: another workload, on a pool out of reach. */
    boolean leaves(Shard shard) {
        return !workloads.contains(shard.getWorkload()) && (shard.getPool() == null || !reaches(shard.getPool()));
    }
}
