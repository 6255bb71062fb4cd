package com.capacityworkbench.model.variant;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;

/** Multiplies the price per accelerator-hour of the pools of a provider, an accelerator type or one pool. */
public record PriceFactor(PriceTarget target, String id, double factor) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        ScenarioIndex index = ScenarioIndex.of(scenario);
        boolean exists = switch (target) {
            case PROVIDER -> index.findProvider(id).isPresent();
            case ACCELERATOR -> index.findAccelerator(id).isPresent();
            case POOL -> index.findPool(id).isPresent();
        };
        if (!exists) {
            return ChangeOutcome.stale(scenario, "there is no " + target.label() + " \"" + id + "\" any more");
        }
        List<Pool> pools = scenario.pools().stream()
                .map(p -> matches(p, index) ? p.withPrice(p.pricePerAccelHour() * factor) : p)
                .toList();
        return ChangeOutcome.applied(scenario.withPools(pools));
    }

    private boolean matches(Pool pool, ScenarioIndex index) {
        return switch (target) {
            case PROVIDER -> index.findSite(pool.site()).map(s -> id.equals(s.provider())).orElse(false);
            case ACCELERATOR -> id.equals(pool.accelerator());
            case POOL -> id.equals(pool.id());
        };
    }

    @Override
    public String describe() {
        return "Price of " + target.label() + " " + id + " × " + ChangeText.factor(factor);
    }
}
