package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Period;
import java.util.List;

/**
 * A build-out step a plan makes: its megawatts from its first period, its capex, the pools of it in use and the
 * workloads they serve.
 */
public record BuildOutTaken(String buildOut, String site, double megawatts, Period from, double capexUsd,
        List<String> pools, List<String> workloads) {

    public BuildOutTaken {
        pools = List.copyOf(pools);
        workloads = List.copyOf(workloads);
    }

    /** "build-out abilene-phase-3": how the answer names it (its worth, the Purchases screen). */
    public String label() {
        return "build-out " + buildOut;
    }
}
