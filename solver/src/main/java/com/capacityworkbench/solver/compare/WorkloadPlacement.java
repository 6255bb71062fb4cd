package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where one workload's shards sit in a plan, and what they cost, as a diff compares it: how much demand and how many
 * shards on each pool (which shard is where does not matter: a workload's shards are alike; their sizes do, since a
 * plan may cut a workload into shards of different sizes).
 */
record WorkloadPlacement(String workload, Map<String, Integer> shardsByPool, Map<String, Double> demandByPool,
                         double placedDemand, double demand, double costUsd) {

    WorkloadPlacement {
        shardsByPool = Map.copyOf(shardsByPool);
        demandByPool = Map.copyOf(demandByPool);
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
        Map<String, Double> demandByPool = new TreeMap<>();
        double placed = 0;
        double demand = 0;
        double cost = 0;
        for (Assignment a : rows) {
            if (a.isPlaced()) {
                pools.merge(a.pool(), 1, Integer::sum);
                demandByPool.merge(a.pool(), a.demand(), Double::sum);
                placed += a.demand();
            }
            demand += a.demand();
            cost += a.costUsd();
        }
        return new WorkloadPlacement(workload, pools, demandByPool, placed, demand, cost);
    }

    Set<String> pools() {
        return shardsByPool.keySet();
    }

    boolean isPlaced() {
        return !shardsByPool.isEmpty();
    }

    boolean samePlaceAs(WorkloadPlacement other) {
        return shardsByPool.equals(other.shardsByPool) && demandByPool.equals(other.demandByPool);
    }

    /** "azure-h100", "gcp-tpu ×2 + aws-trn2", "aws-trn2 (250 of 1,000 placed)", or null when nothing is placed. */
    @Nullable String label() {
        if (!isPlaced()) {
            return null;
        }
        String where = shardsByPool.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(" + "));
        return placedDemand >= demand ? where
                : where + " (" + PlacementCalculator.number(placedDemand) + " of " + PlacementCalculator.number(demand)
                        + " placed)";
    }
}
