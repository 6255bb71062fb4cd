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

    public boolean isFeasible() {
        return hardViolations.isEmpty();
    }
}
