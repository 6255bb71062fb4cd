package com.capacityworkbench.model.compare;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.variant.StaleChange;
import java.util.List;

/**
 * One column of a comparison: the base (id {@link #BASE_ID}) or a variant, the scenario it stands for,
 * its plan, the changes it applies (ancestors' first, in planner words) and any stale change.
 */
public record ComparedPlan(String id, String name, Scenario scenario, Plan plan, List<String> changes,
                           List<StaleChange> staleChanges) {

    public static final String BASE_ID = "base";

    public ComparedPlan {
        changes = List.copyOf(changes);
        staleChanges = List.copyOf(staleChanges);
    }

    public boolean isBase() {
        return BASE_ID.equals(id);
    }
}
