package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The base plan as a warm start for a variant: every base assignment that still fits in the variant
 * (its workload and pool exist and no hard rule breaks there) is pinned, so the variant's solve moves only
 * what its changes force; the rest may move freely.
 */
final class StayCloseToBase {

    private StayCloseToBase() {
    }

    static Plan warmStart(Plan basePlan, Scenario variant, boolean pinWhatFits) {
        if (!pinWhatFits) {
            return unpinned(basePlan);
        }
        Plan checked = PlanEvaluator.evaluate(variant, unpinned(basePlan).assignments(), PlanEvaluator.Detail.LIGHT);
        Map<String, AssignmentStatus> status = new HashMap<>();
        checked.assignments().forEach(a -> status.put(a.workload() + "#" + a.shard(), a.status()));
        List<Assignment> pinned = basePlan.assignments().stream()
                .map(a -> withPin(a, a.isPlaced() && status.get(a.workload() + "#" + a.shard()) == AssignmentStatus.PLACED))
                .toList();
        return copy(basePlan, pinned);
    }

    private static Plan unpinned(Plan plan) {
        return copy(plan, plan.assignments().stream().map(a -> withPin(a, false)).toList());
    }

    private static Plan copy(Plan plan, List<Assignment> assignments) {
        return new Plan(plan.scenarioName(), plan.score(), assignments, plan.kpis(), plan.explanations(),
                plan.hardViolations());
    }

    private static Assignment withPin(Assignment a, boolean pinned) {
        return new Assignment(a.workload(), a.shard(), a.demand(), a.pool(), a.site(), a.provider(), a.accelerators(),
                a.from(), a.to(), a.costUsd(), a.status(), a.reason(), pinned);
    }
}
