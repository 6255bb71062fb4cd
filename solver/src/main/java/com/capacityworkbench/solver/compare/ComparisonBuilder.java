package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.variant.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts solved plans side by side: KPI rows for all, and each variant's placement changes against the base. */
public final class ComparisonBuilder {

    private ComparisonBuilder() {
    }

    /**
     * @param base            the base column
     * @param variants        variant columns in display order
     * @param changesByVariant each variant's changes, ancestors' first (for the reasons of its moves)
     */
    public static Comparison compare(ComparedPlan base, List<ComparedPlan> variants,
            Map<String, List<Change>> changesByVariant) {
        List<ComparedPlan> columns = new ArrayList<>();
        columns.add(base);
        columns.addAll(variants);
        Map<String, List<PlacementChange>> diffs = new LinkedHashMap<>();
        for (ComparedPlan variant : variants) {
            diffs.put(variant.id(), PlacementDiff.diff(base, variant,
                    changesByVariant.getOrDefault(variant.id(), List.of())));
        }
        return new Comparison(columns, KpiTable.rows(columns), diffs);
    }
}
