package com.capacityworkbench.model.scenario;

import java.util.List;

/**
 * A power step a self-built site can add: megawatts from a period on, capex per MW spread over capexPeriods
 * periods, and the accelerator types it can house.
 *
 * @param megawatts    facility power the step adds
 * @param earliest     the first period the step can run
 * @param capexPerMw   $ per MW, accelerators and building included
 * @param capexPeriods periods the capex is spread over
 * @param accelerators accelerator type ids the step can house
 */
public record BuildOut(String id, String site, double megawatts, Period earliest, double capexPerMw, int capexPeriods,
        List<String> accelerators) {

    public BuildOut {
        accelerators = accelerators == null ? List.of() : List.copyOf(accelerators);
    }
}
