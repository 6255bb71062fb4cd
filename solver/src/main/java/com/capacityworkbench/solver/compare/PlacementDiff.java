package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.variant.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a variant's plan does differently from the base plan, workload by workload: moved (from → to),
 * newly placed, newly unplaced, added or removed by the variant; each with its cost delta and the
 * change that forced it.
 */
public final class PlacementDiff {

    private PlacementDiff() {
    }

    public static List<PlacementChange> diff(ComparedPlan base, ComparedPlan variant, List<Change> variantChanges) {
        Map<String, WorkloadPlacement> before = WorkloadPlacement.of(base.plan());
        Map<String, WorkloadPlacement> after = WorkloadPlacement.of(variant.plan());
        ScenarioIndex baseIndex = ScenarioIndex.of(base.scenario());
        ScenarioIndex variantIndex = ScenarioIndex.of(variant.scenario());
        ChangeAttribution attribution = new ChangeAttribution(variantChanges, baseIndex, variantIndex);

        Set<String> workloads = new LinkedHashSet<>();
        base.scenario().workloads().forEach(w -> workloads.add(w.id()));
        variant.scenario().workloads().forEach(w -> workloads.add(w.id()));

        List<PlacementChange> changes = new ArrayList<>();
        for (String id : workloads) {
            Workload workload = variantIndex.findWorkload(id).or(() -> baseIndex.findWorkload(id)).orElseThrow();
            WorkloadPlacement was = before.get(id);
            WorkloadPlacement now = after.get(id);
            PlacementChangeKind kind = kind(was, now);
            if (kind == null) {
                continue;
            }
            Set<String> wasPools = was == null ? Set.of() : was.pools();
            Set<String> nowPools = now == null ? Set.of() : now.pools();
            double delta = (now == null ? 0 : now.costUsd()) - (was == null ? 0 : was.costUsd());
            changes.add(new PlacementChange(id, kind, was == null ? null : was.label(), now == null ? null : now.label(),
                    delta, attribution.reasonFor(workload, wasPools, nowPools)));
        }
        changes.sort(Comparator.comparing(PlacementChange::kind)
                .thenComparing(c -> -Math.abs(c.costDelta()))
                .thenComparing(PlacementChange::workload));
        return changes;
    }

    private static PlacementChangeKind kind(WorkloadPlacement was, WorkloadPlacement now) {
        if (was == null) {
            return now == null ? null : PlacementChangeKind.ADDED;
        }
        if (now == null) {
            return PlacementChangeKind.REMOVED;
        }
        if (!was.isPlaced()) {
            return now.isPlaced() ? PlacementChangeKind.NEWLY_PLACED : null;
        }
        if (!now.isPlaced()) {
            return PlacementChangeKind.NEWLY_UNPLACED;
        }
        return was.samePlaceAs(now) ? null : PlacementChangeKind.MOVED;
    }
}
