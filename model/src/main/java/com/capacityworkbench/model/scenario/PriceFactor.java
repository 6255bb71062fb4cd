package com.capacityworkbench.model.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Multiplies the price per accelerator-hour of the pools of a provider, an accelerator type or one pool. */
public record PriceFactor(PriceTarget target, String id, double factor) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        boolean exists = id != null && switch (target) {
            case PROVIDER -> ById.contains(scenario.providers(), Provider::id, id);
            case ACCELERATOR -> ById.contains(scenario.accelerators(), AcceleratorType::id, id);
            case POOL -> ById.contains(scenario.pools(), Pool::id, id);
        };
        if (!exists) {
            return ChangeOutcome.stale(scenario, "there is no " + target.label() + " \"" + id + "\" any more");
        }
        Map<String, String> providerOfSite = new HashMap<>();
        for (Site site : scenario.sites()) {
            if (site.id() != null) {
                providerOfSite.putIfAbsent(site.id(), site.provider());
            }
        }
        List<Pool> pools = scenario.pools().stream()
                .map(p -> matches(p, providerOfSite) ? p.withPrice(p.pricePerAccelHour() * factor) : p)
                .toList();
        return ChangeOutcome.applied(scenario.withPools(pools));
    }

    private boolean matches(Pool pool, Map<String, String> providerOfSite) {
        return switch (target) {
            case PROVIDER -> id.equals(providerOfSite.get(pool.site()));
            case ACCELERATOR -> id.equals(pool.accelerator());
            case POOL -> id.equals(pool.id());
        };
    }

    @Override
    public String describe() {
        return "Price of " + target.label() + " " + id + " × " + ChangeText.factor(factor);
    }
}
