package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import java.util.Optional;

/**
 * One workload's full explanation at a time, candidate pools included, for plans too large to carry every
 * workload's candidates ({@link PlanEvaluator#CANDIDATE_PAIRS_UP_FRONT}). Built once per plan, asked per click.
 */
public final class WorkloadExplainer {

    private final Scenario scenario;
    private final ExplanationWriter writer;

    WorkloadExplainer(Scenario scenario, ExplanationWriter writer) {
        this.scenario = scenario;
        this.writer = writer;
    }

    /** Empty when the scenario has no such workload. */
    public synchronized Optional<WorkloadExplanation> explain(String workloadId) {
        for (Workload workload : scenario.workloads()) {
            if (workload.id().equals(workloadId)) {
                return Optional.of(writer.explain(workload));
            }
        }
        return Optional.empty();
    }
}
