package com.capacityworkbench.model.compare;

import java.util.List;
import java.util.Map;

/**
 * Plans side by side: the base first, then variants; one KPI row per figure; per variant, the workloads
 * whose placement changed from the base.
 */
public record Comparison(List<ComparedPlan> columns, List<KpiRow> kpis, Map<String, List<PlacementChange>> changesByVariant) {

    public Comparison {
        columns = List.copyOf(columns);
        kpis = List.copyOf(kpis);
        changesByVariant = Map.copyOf(changesByVariant);
    }

    public List<PlacementChange> changesOf(String variantId) {
        return changesByVariant.getOrDefault(variantId, List.of());
    }
}
