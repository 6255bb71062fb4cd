package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a plan a program places again: free shards in groups, each group with the pools it may
 * take; every other shard stays where it is and only takes room. A whole slice frees every movable shard
 * on every pool of its range: its optimum is the plan's.
 */
record Slice(List<ShardGroup> groups, boolean whole) {

    Slice {
        groups = List.copyOf(groups);
    }

    /** Every movable shard, on any pool of its range. */
    static Slice whole(PlacementSolution solution) {
        Map<String, List<Shard>> byWorkload = new LinkedHashMap<>();
        for (Shard shard : solution.getShards()) {
            if (!shard.isPinned() && !shard.getPoolRange().isEmpty()) {
                byWorkload.computeIfAbsent(shard.getWorkload(), w -> new ArrayList<>()).add(shard);
            }
        }
        List<ShardGroup> groups = new ArrayList<>();
        byWorkload.values().forEach(shards -> equalShards(shards).forEach(
                equal -> groups.add(new ShardGroup(equal, equal.getFirst().getPoolRange()))));
        return new Slice(groups, true);
    }

    /**
     * The movable shards of these workloads, each free to stay where it is or to take any pool of its range
     * among {@code pools}.
     */
    static Slice of(Map<String, List<Shard>> shardsByWorkload, Set<PlacementPool> pools) {
        List<ShardGroup> groups = new ArrayList<>();
        for (List<Shard> shards : shardsByWorkload.values().stream().flatMap(s -> equalShards(s).stream()).toList()) {
            Set<PlacementPool> allowed = new LinkedHashSet<>();
            for (PlacementPool pool : shards.getFirst().getPoolRange()) {
                if (pools.contains(pool)) {
                    allowed.add(pool);
                }
            }
            for (Shard shard : shards) {
                if (shard.getPool() != null) {
                    allowed.add(shard.getPool());
                }
            }
            if (!allowed.isEmpty()) {
                groups.add(new ShardGroup(shards, List.copyOf(allowed)));
            }
        }
        return new Slice(groups, false);
    }

    /** A workload's shards by size: only shards of one size are alike (Workload.shardDemand). */
    private static Collection<List<Shard>> equalShards(List<Shard> shards) {
        Map<Double, List<Shard>> bySize = new LinkedHashMap<>();
        shards.forEach(shard -> bySize.computeIfAbsent(shard.getDemand(), d -> new ArrayList<>()).add(shard));
        return bySize.values();
    }

    /** The free shards, for telling them from the rest of the plan. */
    Set<Shard> freeShards() {
        Set<Shard> free = Collections.newSetFromMap(new IdentityHashMap<>());
        groups.forEach(g -> free.addAll(g.shards()));
        return free;
    }

    /** Count variables of its program: each group's pools and its "unplaced". */
    long variables() {
        return groups.stream().mapToLong(g -> g.pools().size() + 1L).sum();
    }

    int shardCount() {
        return groups.stream().mapToInt(ShardGroup::size).sum();
    }
}
