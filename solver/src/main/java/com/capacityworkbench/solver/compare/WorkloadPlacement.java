package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Where one workload's shards sit in a plan, and what they cost, as a diff compares it. */
record WorkloadPlacement(String workload, Set<String> pools, int placedShards, int shards, double costUsd) {

    static Map<String, WorkloadPlacement> of(Plan plan) {
        Map<String, List<Assignment>> byWorkload = new LinkedHashMap<>();
        plan.assignments().forEach(a -> byWorkload.computeIfAbsent(a.workload(), k -> new java.util.ArrayList<>()).add(a));
        Map<String, WorkloadPlacement> placements = new LinkedHashMap<>();
        byWorkload.forEach((workload, rows) -> {
            Set<String> pools = new TreeSet<>();
            int placed = 0;
            double cost = 0;
            for (Assignment a : rows) {
                if (a.isPlaced()) {
                    pools.add(a.pool());
                    placed++;
                }
                cost += a.costUsd();
            }
            placements.put(workload, new WorkloadPlacement(workload, pools, placed, rows.size(), cost));
        });
        return placements;
    }

    boolean isPlaced() {
        return placedShards > 0;
    }

    boolean samePlaceAs(WorkloadPlacement other) {
        return pools.equals(other.pools) && placedShards == other.placedShards;
    }

    /** "azure-h100", "gcp-tpu + aws-trn2 (3 of 4 shards)", or null when nothing is placed. */
    @Nullable String label() {
        if (!isPlaced()) {
            return null;
        }
        String where = String.join(" + ", pools);
        return placedShards == shards && shards == 1 ? where
                : where + " (" + placedShards + " of " + shards + " shards)";
    }
}
