package com.capacityworkbench.model.scenario;

import java.util.ArrayList;
import java.util.List;

/** Adds a workload that only this variant has. Stale when the base has since got one with the same id. */
public record AddWorkload(Workload workload) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        if (ById.contains(scenario.workloads(), Workload::id, workload.id())) {
            return ChangeOutcome.stale(scenario, "the base already has a workload \"" + workload.id() + "\"");
        }
        List<Workload> workloads = new ArrayList<>(scenario.workloads());
        workloads.add(workload);
        return ChangeOutcome.applied(scenario.withWorkloads(workloads));
    }

    @Override
    public String describe() {
        return "Add workload " + workload.id() + " (" + workload.kind().label() + ", "
                + ChangeText.number(workload.demand()) + " ref accel, " + workload.from() + "–" + workload.to() + ")";
    }
}
