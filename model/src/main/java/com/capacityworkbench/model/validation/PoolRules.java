package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import java.util.List;
import java.util.Map;

/**
 * Pools: a known site and accelerator type, a window on the horizon, counts in range, ramp steps inside the
 * pool's window, and a price in range (on-demand capacity is never free).
 */
final class PoolRules {

    private PoolRules() {
    }

    static void check(ValidationContext context) {
        List<Pool> pools = context.scenario().pools();
        Problems problems = context.problems();
        for (int i = 0; i < pools.size(); i++) {
            Pool pool = pools.get(i);
            String at = "pools[" + i + "].";
            problems.reference(at + "site", pool.site(), "site", context.index().sites().keySet());
            problems.reference(at + "accelerator", pool.accelerator(), "accelerator",
                    context.index().accelerators().keySet());
            problems.inRange(at + "count", pool.count(), Figure.COUNT);
            boolean fromOk = problems.onHorizon(at + "from", pool.from(), context.horizon());
            boolean toOk = problems.onHorizon(at + "to", pool.to(), context.horizon());
            boolean windowOk = fromOk && toOk;
            if (windowOk && pool.to().isBefore(pool.from())) {
                problems.ordered(at + "to", pool.from(), pool.to());
                windowOk = false;
            }
            for (Map.Entry<Period, Integer> step : pool.countByPeriod().entrySet()) {
                String stepAt = at + "countByPeriod[" + step.getKey() + "]";
                if (windowOk && problems.onHorizon(stepAt, step.getKey(), context.horizon())
                        && (step.getKey().isBefore(pool.from()) || step.getKey().isAfter(pool.to()))) {
                    problems.add(stepAt, step.getKey() + " is outside the pool's window "
                            + Problems.range(pool.from(), pool.to()));
                }
                if (step.getValue() == null) {
                    problems.add(stepAt, "missing");
                } else {
                    problems.inRange(stepAt, step.getValue(), Figure.COUNT_BY_PERIOD);
                }
            }
            if (pool.pricing() == PricingKind.ON_DEMAND && pool.pricePerAccelHour() <= 0) {
                problems.add(at + "pricePerAccelHour", "an on-demand pool needs a price above 0, got "
                        + Problems.number(pool.pricePerAccelHour()));
            } else {
                problems.inRange(at + "pricePerAccelHour", pool.pricePerAccelHour(), Figure.PRICE);
            }
        }
    }
}
