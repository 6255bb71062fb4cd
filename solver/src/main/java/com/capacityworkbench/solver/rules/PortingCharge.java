package com.capacityworkbench.solver.rules;

import com.capacityworkbench.model.scenario.SoftwareFamily;

/** The one-off cost of porting a workload's code to a software family it does not support. */
public record PortingCharge(String workload, SoftwareFamily family, double usd) {

    public long roundedUsd() {
        return ScoreUnits.dollars(usd);
    }
}
