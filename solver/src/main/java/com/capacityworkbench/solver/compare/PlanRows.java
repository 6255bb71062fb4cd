package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.ShardSplit;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's assignment rows as the comparison moves them between scenarios: one workload's rows at a time, or
 * the whole plan read in another scenario of the comparison.
 */
public final class PlanRows {

    private PlanRows() {
    }

    /**
     * The rows read in {@code scenario}: rows of workloads it does not have are dropped (they are not part of
     * its question), rows on a pool it does not have become unplaced (the workload stays, with nowhere to run),
     * rows of shards the workload no longer has are dropped, and pins are cleared (a pin is how a solve stayed
     * close to the base, not part of the plan). Workloads without rows count as unplaced when scored. Whether
     * the result is valid for the scenario is then only a question of its hard rules.
     */
    public static List<Assignment> into(Scenario scenario, List<Assignment> rows) {
        ScenarioIndex index = ScenarioIndex.of(scenario);
        List<Assignment> read = new ArrayList<>(rows.size());
        for (Assignment a : rows) {
            Workload workload = index.findWorkload(a.workload()).orElse(null);
            if (workload == null || !ShardSplit.numbers(workload, a.shard())) {
                continue;
            }
            boolean poolExists = a.pool() == null || index.findPool(a.pool()).isPresent();
            read.add(poolExists ? a.withPinned(false) : unplaced(a));
        }
        return read;
    }

    /** {@code rows} with one workload's rows replaced by {@code placement} (that workload's rows in another plan). */
    static List<Assignment> withPlacement(List<Assignment> rows, String workload, List<Assignment> placement) {
        List<Assignment> changed = new ArrayList<>(rows.size() + placement.size());
        rows.stream().filter(a -> !a.workload().equals(workload)).forEach(changed::add);
        placement.stream().map(a -> a.withPinned(false)).forEach(changed::add);
        return changed;
    }

    /** {@code rows} with several workloads' rows replaced by theirs in another plan. */
    static List<Assignment> withPlacements(List<Assignment> rows, Map<String, List<Assignment>> placements) {
        List<Assignment> changed = new ArrayList<>(rows.size());
        rows.stream().filter(a -> !placements.containsKey(a.workload())).forEach(changed::add);
        placements.values().forEach(p -> p.stream().map(a -> a.withPinned(false)).forEach(changed::add));
        return changed;
    }

    /** Rows per workload, shards in order, workloads in first-seen order. */
    static Map<String, List<Assignment>> byWorkload(List<Assignment> rows) {
        Map<String, List<Assignment>> grouped = new LinkedHashMap<>();
        rows.forEach(a -> grouped.computeIfAbsent(a.workload(), k -> new ArrayList<>()).add(a));
        grouped.values().forEach(list -> list.sort(Comparator.comparingInt(Assignment::shard)));
        return grouped;
    }

    /**
     * As many shards on each pool (or unplaced) in both: which shard is where does not matter, a workload's shards
     * are alike, so swapping two of them changes nothing.
     */
    static boolean samePlacement(List<Assignment> a, List<Assignment> b) {
        return WorkloadPlacement.of("", a).samePlaceAs(WorkloadPlacement.of("", b));
    }

    private static Assignment unplaced(Assignment a) {
        return new Assignment(a.workload(), a.shard(), a.demand(), null, null, null, 0, a.from(), a.to(), 0,
                AssignmentStatus.UNPLACED, null, false);
    }
}
