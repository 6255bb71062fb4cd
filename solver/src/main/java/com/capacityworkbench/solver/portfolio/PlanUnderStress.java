package com.capacityworkbench.solver.portfolio;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.HardViolation;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.compare.PlanRows;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Today's plan in a sampled future, for stress mode: every shard stays pinned where it is unless the future breaks a
 * rule it is part of (its workload's own rule, its pool over capacity, its site over the power cap) or it lost its
 * pool; those are free for the solve to re-place. Work unplaced today stays unplaced unless its workload broke.
 */
final class PlanUnderStress {

    private PlanUnderStress() {
    }

    private static String key(Assignment a) {
        return a.workload() + "#" + a.shard();
    }

    static Plan warmStart(Scenario future, Plan today) {
        List<Assignment> rows = PlanRows.into(future, today.assignments());
        Plan checked = PlanEvaluator.evaluate(future, rows, PlanEvaluator.Detail.LIGHT);
        Set<String> brokenWorkloads = new HashSet<>();
        Set<String> brokenPlaces = new HashSet<>();
        for (HardViolation v : checked.hardViolations()) {
            if (v.workload() != null) {
                brokenWorkloads.add(v.workload());
            }
            if (v.where() != null) {
                // "pool 2027-Q3" or "site 2027-Q3": the pool or site whose limit the future breaks.
                brokenPlaces.add(v.where().split(" ")[0]);
            }
        }
        ScenarioIndex index = ScenarioIndex.of(future);
        Set<String> placedToday = new HashSet<>();
        today.assignments().stream().filter(Assignment::isPlaced).forEach(a -> placedToday.add(key(a)));
        List<Assignment> pinned = rows.stream().map(a -> {
            boolean lostItsPool = !a.isPlaced() && placedToday.contains(key(a));
            boolean broken = brokenWorkloads.contains(a.workload()) || (a.isPlaced()
                    && (brokenPlaces.contains(a.pool()) || brokenPlaces.contains(index.siteOf(index.pool(a.pool())).id())));
            return a.withPinned(!lostItsPool && !broken);
        }).toList();
        return checked.withAssignments(pinned);
    }
}
