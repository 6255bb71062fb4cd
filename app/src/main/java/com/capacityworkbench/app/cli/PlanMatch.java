package com.capacityworkbench.app.cli;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.plan.Plan;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Whether a plan file belongs to a scenario: a plan of another scenario would put wrong numbers on the slides. */
final class PlanMatch {

    private PlanMatch() {
    }

    /** Why the plan does not fit the scenario, or null when it does. */
    static @Nullable String mismatch(Plan plan, Scenario scenario) {
        if (!plan.scenarioName().equals(scenario.name())) {
            return "is a plan of \"" + plan.scenarioName() + "\", not of \"" + scenario.name() + "\"";
        }
        Set<String> workloads = scenario.workloads().stream().map(Workload::id).collect(Collectors.toSet());
        Set<String> pools = scenario.pools().stream().map(Pool::id).collect(Collectors.toSet());
        List<String> unknown = plan.assignments().stream().map(Assignment::workload).filter(w -> !workloads.contains(w))
                .distinct().limit(3).toList();
        if (!unknown.isEmpty()) {
            return "places workloads the scenario does not have: " + String.join(", ", unknown);
        }
        List<String> gone = plan.assignments().stream().map(Assignment::pool)
                .filter(p -> p != null && !pools.contains(p)).distinct().limit(3).toList();
        return gone.isEmpty() ? null : "uses pools the scenario does not have: " + String.join(", ", gone);
    }
}
