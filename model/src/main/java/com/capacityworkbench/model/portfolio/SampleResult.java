package com.capacityworkbench.model.portfolio;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PoolUtilization;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one future did to the plan, small enough to send between machines: the inputs' drawn values, the plan's cost
 * and unplaced demand there, which workloads ended unplaced or on other pools than today, and what committed capacity
 * sat idle.
 *
 * @param index             0-based sample number in its design
 * @param values            each uncertain input's drawn value, by name
 * @param unplacedWorkloads workloads with demand unplaced in this future
 * @param movedWorkloads    workloads placed on other pools (or in other shares over them) than in today's plan
 * @param idleSunkByPool    committed or self-built capacity paid for and unused, $ by pool (pools with none left out)
 * @param costByPeriod      the plan's cost per period of the horizon, in the horizon's order ("2026-Q3" → $), for
 *                          the fan chart; empty in sweeps saved before it was kept
 * @param utilisationByPool how full each pool was over the horizon in this future, % of its accelerator-periods
 *                          (pools with none available left out); empty in sweeps saved before it was kept
 */
public record SampleResult(int index, Map<String, Double> values, double totalCostUsd, double unplacedDemand,
        int hardViolations, List<String> unplacedWorkloads, List<String> movedWorkloads,
        Map<String, Double> idleSunkByPool, double solveSeconds, Map<String, Double> costByPeriod,
        Map<String, Double> utilisationByPool) implements Serializable {

    public SampleResult {
        values = new LinkedHashMap<>(values);
        unplacedWorkloads = List.copyOf(unplacedWorkloads);
        movedWorkloads = List.copyOf(movedWorkloads);
        idleSunkByPool = new TreeMap<>(idleSunkByPool);
        costByPeriod = costByPeriod == null ? new LinkedHashMap<>() : new LinkedHashMap<>(costByPeriod);
        utilisationByPool = utilisationByPool == null ? new TreeMap<>() : new TreeMap<>(utilisationByPool);
    }

    /** The future's plan read against today's. */
    public static SampleResult of(int index, Map<String, Double> values, Plan today, Plan future, double solveSeconds) {
        Map<String, Double> idle = new TreeMap<>();
        Map<String, long[]> usedOfAvailable = new TreeMap<>();
        for (PoolUtilization u : future.kpis().utilization()) {
            if (u.idleSunkUsd() > 0) {
                idle.merge(u.pool(), u.idleSunkUsd(), Double::sum);
            }
            long[] sums = usedOfAvailable.computeIfAbsent(u.pool(), p -> new long[2]);
            sums[0] += u.used();
            sums[1] += u.available();
        }
        Map<String, Double> utilisation = new TreeMap<>();
        usedOfAvailable.forEach((pool, sums) -> {
            if (sums[1] > 0) {
                utilisation.put(pool, 100.0 * sums[0] / sums[1]);
            }
        });
        List<String> unplaced = future.assignments().stream().filter(a -> !a.isPlaced()).map(Assignment::workload)
                .distinct().sorted().toList();
        Map<String, Double> byPeriod = new LinkedHashMap<>();
        new TreeMap<>(future.kpis().costByPeriod()).forEach((period, usd) -> byPeriod.put(period.toString(), usd));
        return new SampleResult(index, values, future.kpis().totalCostUsd(), future.kpis().totalUnplacedDemand(),
                future.hardViolations().size(), unplaced, moved(today, future), idle, solveSeconds, byPeriod,
                utilisation);
    }

    /**
     * Workloads whose placed demand sits on other pools than today, or in other shares over them. A workload placed
     * nowhere in one of the two plans has not moved (it is unplaced, or newly placed), nor has one whose demand only
     * grew or shrank where it runs, nor one gone from the future.
     */
    private static List<String> moved(Plan today, Plan future) {
        Map<String, Map<String, Double>> before = sharesByPool(today);
        Map<String, Map<String, Double>> after = sharesByPool(future);
        List<String> moved = new ArrayList<>();
        after.forEach((workload, pools) -> {
            Map<String, Double> was = before.get(workload);
            if (was != null && !was.isEmpty() && !pools.isEmpty() && !Objects.equals(was, pools)) {
                moved.add(workload);
            }
        });
        moved.sort(null);
        return moved;
    }

    /** Each workload's share of its placed demand on each pool, to a tenth of a percent; empty when none is placed. */
    private static Map<String, Map<String, Double>> sharesByPool(Plan plan) {
        Map<String, Map<String, Double>> demand = new HashMap<>();
        Map<String, Double> totals = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            Map<String, Double> pools = demand.computeIfAbsent(a.workload(), w -> new TreeMap<>());
            if (a.isPlaced()) {
                pools.merge(a.pool(), a.demand(), Double::sum);
                totals.merge(a.workload(), a.demand(), Double::sum);
            }
        }
        demand.forEach((workload, pools) -> pools.replaceAll(
                (pool, d) -> Math.round(d / totals.get(workload) * 1000) / 1000.0));
        return demand;
    }
}
