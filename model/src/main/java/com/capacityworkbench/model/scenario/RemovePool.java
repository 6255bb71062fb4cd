package com.capacityworkbench.model.scenario;


/** Drops a pool from this variant (a deal falls through). */
public record RemovePool(String pool) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        return ById.remove(scenario.pools(), Pool::id, pool)
                .map(ps -> ChangeOutcome.applied(scenario.withPools(ps)))
                .orElseGet(() -> ChangeOutcome.stale(scenario, "pool \"" + pool + "\" no longer exists"));
    }

    @Override
    public String describe() {
        return "Remove pool " + pool;
    }
}
