package com.capacityworkbench.model.scenario;

import java.util.List;

/**
 * A power step a self-built site can add: {@code megawatts} more facility power from {@code earliest} on, paid as
 * capex spread evenly over {@code capexPeriods} periods, housing the listed accelerator types.
 *
 * @param site         a site of a self-built provider
 * @param megawatts    facility power the step adds, in MW
 * @param earliest     the first period the power can be there
 * @param capexPerMw   capital cost in $ per MW of the step
 * @param capexPeriods periods the capex is spread over
 * @param accelerators ids of the accelerator types the step can house
 */
public record BuildOut(
        String id,
        String site,
        double megawatts,
        Period earliest,
        double capexPerMw,
        int capexPeriods,
        List<String> accelerators) {

    public BuildOut {
        accelerators = accelerators == null ? List.of() : List.copyOf(accelerators);
    }

    /** The step's whole capital cost in $. */
    public double capexUsd() {
        return megawatts * capexPerMw;
    }
}
