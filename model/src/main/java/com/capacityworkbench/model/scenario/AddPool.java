package com.capacityworkbench.model.scenario;

import java.util.ArrayList;
import java.util.List;

/** Adds a pool that only this variant has (a deal under negotiation). Stale when the base has its id, or lost its site. */
public record AddPool(Pool pool) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        if (ById.contains(scenario.pools(), Pool::id, pool.id())) {
            return ChangeOutcome.stale(scenario, "the base already has a pool \"" + pool.id() + "\"");
        }
        if (!ById.contains(scenario.sites(), s -> s.id(), pool.site())) {
            return ChangeOutcome.stale(scenario, "site \"" + pool.site() + "\" of the added pool no longer exists");
        }
        List<Pool> pools = new ArrayList<>(scenario.pools());
        pools.add(pool);
        return ChangeOutcome.applied(scenario.withPools(pools));
    }

    @Override
    public String describe() {
        return "Add pool " + pool.id() + " (" + ChangeText.number(pool.count()) + " " + pool.accelerator() + " at "
                + pool.site() + ", " + pool.from() + "–" + pool.to() + ")";
    }
}
