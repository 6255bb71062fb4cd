package com.capacityworkbench.model.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The solver's answer for one scenario: every workload shard on a pool or unplaced, with KPIs,
 * explanations and any broken hard rule.
 *
 * @param score   the solver's score text, e.g. "[0]hard/[0/-426100650000/-497782560500/-60600/0]soft"; kept in the
 *                file for diagnosis, never shown to a planner (the levels of {@code quality} are)
 * @param quality how good the plan is level by level and how its solve went; null for a plan that was only
 *                evaluated (imported, pinned by hand, from an older file)
 */
public record Plan(
        String scenarioName,
        String score,
        List<Assignment> assignments,
        Kpis kpis,
        List<WorkloadExplanation> explanations,
        List<HardViolation> hardViolations,
        @Nullable PlanQuality quality) {

    public Plan {
        assignments = List.copyOf(assignments);
        explanations = List.copyOf(explanations);
        hardViolations = List.copyOf(hardViolations);
    }

    /** The same plan with other assignment rows (e.g. pins changed); score, KPIs and explanations are kept as they were. */
    public Plan withAssignments(List<Assignment> rows) {
        return new Plan(scenarioName, score, rows, kpis, explanations, hardViolations, quality);
    }

    /** The same plan with how good it is, as its solve found. */
    public Plan withQuality(@Nullable PlanQuality solved) {
        return new Plan(scenarioName, score, assignments, kpis, explanations, hardViolations, solved);
    }

    public boolean isFeasible() {
        return hardViolations.isEmpty();
    }
}
