package com.capacityworkbench.model.scenario;


/** Drops a workload from this variant (it is cancelled). */
public record RemoveWorkload(String workload) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        return ById.remove(scenario.workloads(), Workload::id, workload)
                .map(ws -> ChangeOutcome.applied(scenario.withWorkloads(ws)))
                .orElseGet(() -> ChangeOutcome.stale(scenario, "workload \"" + workload + "\" no longer exists"));
    }

    @Override
    public String describe() {
        return "Remove workload " + workload;
    }
}
