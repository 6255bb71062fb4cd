package com.capacityworkbench.model.variant;

import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Variant;
import java.util.List;

/**
 * A variant applied to the current base: the scenario it stands for, the changes that no longer apply,
 * and its ancestors from the base down (itself last).
 */
public record ResolvedVariant(Variant variant, Scenario scenario, List<StaleChange> staleChanges, List<Variant> lineage) {

    public ResolvedVariant {
        staleChanges = List.copyOf(staleChanges);
        lineage = List.copyOf(lineage);
    }

    public boolean hasStaleChanges() {
        return !staleChanges.isEmpty();
    }
}
