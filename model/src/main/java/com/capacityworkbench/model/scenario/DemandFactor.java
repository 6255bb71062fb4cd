package com.capacityworkbench.model.scenario;

import java.util.List;

/** Multiplies the demand of every workload of a kind (e.g. "inference") or of one workload. */
public record DemandFactor(DemandTarget target, String id, double factor) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        if (target == DemandTarget.WORKLOAD) {
            return ById.replace(scenario.workloads(), Workload::id, id, w -> w.withDemand(w.demand() * factor))
                    .map(ws -> ChangeOutcome.applied(scenario.withWorkloads(ws)))
                    .orElseGet(() -> ChangeOutcome.stale(scenario, "workload \"" + id + "\" no longer exists"));
        }
        WorkloadKind kind;
        try {
            kind = WorkloadKind.parse(id);
        } catch (IllegalArgumentException e) {
            return ChangeOutcome.stale(scenario, "unknown workload kind: " + e.getMessage());
        }
        List<Workload> workloads = scenario.workloads().stream()
                .map(w -> w.kind() == kind ? w.withDemand(w.demand() * factor) : w)
                .toList();
        return ChangeOutcome.applied(scenario.withWorkloads(workloads));
    }

    @Override
    public String describe() {
        return (target == DemandTarget.KIND ? "Demand of every " + id + " workload" : "Demand of " + id)
                + " × " + ChangeText.factor(factor);
    }
}
