package com.capacityworkbench.model.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * Changes a pool's accelerator count in every period (its base count and every ramp step), e.g. a
 * deal grows by 50 % or a campus delivers 2,048 fewer GPUs. Counts are rounded down and never negative.
 */
public record PoolCountChange(String pool, CountMode mode, double value) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        return ById.replace(scenario.pools(), Pool::id, pool, this::change)
                .map(pools -> ChangeOutcome.applied(scenario.withPools(pools)))
                .orElseGet(() -> ChangeOutcome.stale(scenario, "pool \"" + pool + "\" no longer exists"));
    }

    private Pool change(Pool p) {
        Map<Period, Integer> ramp = new TreeMap<>();
        p.countByPeriod().forEach((period, count) -> ramp.put(period, changed(count)));
        return p.withCounts(changed(p.count()), ramp);
    }

    private int changed(int count) {
        return (int) Math.max(0, Math.floor(mode.apply(count, value) + 1e-9));
    }

    @Override
    public String describe() {
        return "Pool " + pool + " count " + mode.describe(value);
    }
}
