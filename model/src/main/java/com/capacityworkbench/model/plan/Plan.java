package com.capacityworkbench.model.plan;

import java.util.List;

/**
 * The solver's answer for one scenario: every workload shard on a pool or unplaced, with KPIs,
 * explanations and any broken hard rule.
 *
 * @param score readable score text, e.g. "0hard/-1200medium/-3456789soft"
 */
public record Plan(
        String scenarioName,
        String score,
        List<Assignment> assignments,
        Kpis kpis,
        List<WorkloadExplanation> explanations,
        List<HardViolation> hardViolations) {

    public Plan {
        assignments = List.copyOf(assignments);
        explanations = List.copyOf(explanations);
        hardViolations = List.copyOf(hardViolations);
    }

    /** The same plan with other assignment rows (e.g. pins changed); score, KPIs and explanations are kept as they were. */
    public Plan withAssignments(List<Assignment> rows) {
        return new Plan(scenarioName, score, rows, kpis, explanations, hardViolations);
    }

    public boolean isFeasible() {
        return hardViolations.isEmpty();
    }
}
