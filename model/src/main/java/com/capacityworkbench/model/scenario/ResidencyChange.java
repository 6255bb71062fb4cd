package com.capacityworkbench.model.scenario;

import java.util.Set;
import java.util.TreeSet;

/**
 * Widens or narrows where a dataset may be: adds jurisdictions to its allowed set (e.g. EU data may also
 * go to UK) and removes others. A dataset allowed anywhere (empty set) stays anywhere when widened;
 * narrowing it is stale, since "anywhere minus X" cannot be written as a list.
 */
public record ResidencyChange(String dataset, Set<String> add, Set<String> remove) implements Change {

    public ResidencyChange {
        add = add == null ? Set.of() : Set.copyOf(add);
        remove = remove == null ? Set.of() : Set.copyOf(remove);
    }

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        Dataset current = scenario.datasets().stream().filter(d -> d.id().equals(dataset)).findFirst().orElse(null);
        if (current == null) {
            return ChangeOutcome.stale(scenario, "dataset \"" + dataset + "\" no longer exists");
        }
        if (current.allowedJurisdictions().isEmpty()) {
            return remove.isEmpty()
                    ? ChangeOutcome.applied(scenario)
                    : ChangeOutcome.stale(scenario, "dataset \"" + dataset
                            + "\" may already go anywhere; list its jurisdictions before narrowing them");
        }
        Set<String> allowed = new TreeSet<>(current.allowedJurisdictions());
        allowed.addAll(add);
        allowed.removeAll(remove);
        return ById.replace(scenario.datasets(), Dataset::id, dataset, d -> d.withAllowedJurisdictions(allowed))
                .map(ds -> ChangeOutcome.applied(scenario.withDatasets(ds)))
                .orElseThrow();
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("Residency of ").append(dataset).append(':');
        if (!add.isEmpty()) {
            text.append(" may also go to ").append(String.join(", ", new TreeSet<>(add)));
        }
        if (!remove.isEmpty()) {
            text.append(add.isEmpty() ? "" : ";").append(" no longer to ").append(String.join(", ", new TreeSet<>(remove)));
        }
        return text.toString();
    }
}
