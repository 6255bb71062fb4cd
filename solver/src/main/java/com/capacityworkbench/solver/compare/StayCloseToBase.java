package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.rules.HardRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The base plan as a warm start for a variant. Staying close to the base pins every base assignment that
 * still fits in the variant (its workload and pool exist, no hard rule breaks there) unless one of the
 * variant's changes concerns that workload (its demand or data, a pool or site it runs on or could run on,
 * a policy it is subject to): so a variant moves only what its changes force or make worth moving, and
 * the diff is not muddied by unrelated re-optimisation.
 */
final class StayCloseToBase {

    /** Rules that depend on the rest of the plan: a pool they block now may open up when others move. */
    private static final Set<String> DYNAMIC_RULES = Set.of(HardRule.CAPACITY.label(), HardRule.POWER.label());

    private StayCloseToBase() {
    }

    static Plan warmStart(Plan basePlan, Scenario base, Scenario variant, List<Change> changes, boolean stayClose) {
        List<Assignment> unpinned = basePlan.assignments().stream().map(a -> a.withPinned(false)).toList();
        if (!stayClose) {
            return basePlan.withAssignments(unpinned);
        }
        Plan checked = PlanEvaluator.evaluate(variant, unpinned, PlanEvaluator.Detail.FULL);
        Map<String, AssignmentStatus> status = new HashMap<>();
        checked.assignments().forEach(a -> status.put(key(a), a.status()));
        Map<String, WorkloadExplanation> explanations = checked.explanations().stream()
                .collect(Collectors.toMap(WorkloadExplanation::workload, e -> e, (a, b) -> a));
        Map<String, Set<String>> basePools = new HashMap<>();
        basePlan.assignments().stream().filter(Assignment::isPlaced)
                .forEach(a -> basePools.computeIfAbsent(a.workload(), k -> new HashSet<>()).add(a.pool()));

        ChangeAttribution attribution = new ChangeAttribution(changes, ScenarioIndex.of(base), ScenarioIndex.of(variant));
        Set<String> concerned = new HashSet<>();
        for (Workload w : variant.workloads()) {
            Set<String> options = options(explanations.get(w.id()));
            if (attribution.concerns(w, basePools.getOrDefault(w.id(), Set.of()), options)) {
                concerned.add(w.id());
            }
        }
        List<Assignment> pinned = basePlan.assignments().stream()
                .map(a -> a.withPinned(a.isPlaced() && !concerned.contains(a.workload())
                        && status.get(key(a)) == AssignmentStatus.PLACED))
                .toList();
        return basePlan.withAssignments(pinned);
    }

    private static Set<String> options(WorkloadExplanation explanation) {
        if (explanation == null) {
            return Set.of();
        }
        return explanation.candidates().stream()
                .filter(c -> c.rule() == null || DYNAMIC_RULES.contains(c.rule()))
                .map(Candidate::pool)
                .collect(Collectors.toSet());
    }

    private static String key(Assignment a) {
        return a.workload() + "#" + a.shard();
    }
}
