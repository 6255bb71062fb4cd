package com.capacityworkbench.model.variant;

import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;

/** Shifts a pool's whole window (and build-out ramp) by a number of periods: a campus slips two quarters. */
public record PoolDelay(String pool, int periods) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        return ById.replace(scenario.pools(), Pool::id, pool, p -> p.shiftedBy(periods))
                .map(pools -> ChangeOutcome.applied(scenario.withPools(pools)))
                .orElseGet(() -> ChangeOutcome.stale(scenario, "pool \"" + pool + "\" no longer exists"));
    }

    @Override
    public String describe() {
        String unit = Math.abs(periods) == 1 ? " period" : " periods";
        return periods >= 0
                ? "Pool " + pool + " delayed by " + periods + unit
                : "Pool " + pool + " brought forward by " + (-periods) + unit;
    }
}
