package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where one workload's shards sit in a plan, and what they cost, as a diff compares it: how many shards on each
 * pool (which shard is where does not matter: a workload's shards are alike).
 */
record WorkloadPlacement(String workload, Map<String, Integer> shardsByPool, int placedShards, int shards,
                         double costUsd) {

    WorkloadPlacement {
        shardsByPool = Map.copyOf(shardsByPool);
    }

    static Map<String, WorkloadPlacement> of(Plan plan) {
        Map<String, List<Assignment>> byWorkload = new LinkedHashMap<>();
        plan.assignments().forEach(a -> byWorkload.computeIfAbsent(a.workload(), k -> new ArrayList<>()).add(a));
        Map<String, WorkloadPlacement> placements = new LinkedHashMap<>();
        byWorkload.forEach((workload, rows) -> placements.put(workload, of(workload, rows)));
        return placements;
    }

    static WorkloadPlacement of(String workload, List<Assignment> rows) {
        Map<String, Integer> pools = new TreeMap<>();
        int placed = 0;
        double cost = 0;
        for (Assignment a : rows) {
            if (a.isPlaced()) {
                pools.merge(a.pool(), 1, Integer::sum);
                placed++;
            }
            cost += a.costUsd();
        }
        return new WorkloadPlacement(workload, pools, placed, rows.size(), cost);
    }

    Set<String> pools() {
        return shardsByPool.keySet();
    }

    boolean isPlaced() {
        return placedShards > 0;
    }

    boolean samePlaceAs(WorkloadPlacement other) {
        return shardsByPool.equals(other.shardsByPool);
    }

    /** "azure-h100", "gcp-tpu ×2 + aws-trn2", "aws-trn2 (1 of 4 shards placed)", or null when nothing is placed. */
    @Nullable String label() {
        if (!isPlaced()) {
            return null;
        }
        String where = new TreeMap<>(shardsByPool).entrySet().stream()
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(" + "));
        return placedShards == shards ? where : where + " (" + placedShards + " of " + shards + " shards placed)";
    }
}
