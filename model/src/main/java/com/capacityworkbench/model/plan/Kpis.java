package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Period;
import java.util.List;
import java.util.Map;

/**
 * The plan's figures, computed once by the solver's evaluator; views and exports read them, never recompute.
 *
 * @param unplacedDemandByPriority reference accelerators left unplaced, per priority
 */
public record Kpis(
        double totalCostUsd,
        Map<CostCategory, Double> costByCategory,
        Map<String, Double> costByProvider,
        Map<Period, Double> costByPeriod,
        List<CostLine> costLines,
        List<ProviderUsage> providerUsage,
        List<PoolUtilization> utilization,
        List<SitePower> power,
        double idleSunkUsd,
        double tCo2e,
        int firstRefusalHonoured,
        int firstRefusalElsewhere,
        int latencyMisses,
        Map<Integer, Double> unplacedDemandByPriority,
        int placedWorkloads,
        int unplacedWorkloads,
        int hardViolations) {

    public Kpis {
        costByCategory = Map.copyOf(costByCategory);
        costByProvider = Map.copyOf(costByProvider);
        costByPeriod = Map.copyOf(costByPeriod);
        costLines = List.copyOf(costLines);
        providerUsage = List.copyOf(providerUsage);
        utilization = List.copyOf(utilization);
        power = List.copyOf(power);
        unplacedDemandByPriority = Map.copyOf(unplacedDemandByPriority);
    }

    /** Reference accelerators left unplaced, all priorities together. */
    public double totalUnplacedDemand() {
        return unplacedDemandByPriority.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
