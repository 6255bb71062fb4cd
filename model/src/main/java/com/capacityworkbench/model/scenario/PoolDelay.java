package com.capacityworkbench.model.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Shifts a pool's whole window (and build-out ramp) by a number of periods: a campus slips two quarters.
 * The shifted window is cut to the horizon; a pool pushed wholly past it is gone from the variant.
 */
public record PoolDelay(String pool, int periods) implements Change {

    @Override
    public ChangeOutcome applyTo(Scenario scenario) {
        if (!ById.contains(scenario.pools(), Pool::id, pool)) {
            return ChangeOutcome.stale(scenario, "pool \"" + pool + "\" no longer exists");
        }
        Horizon horizon = scenario.horizon();
        List<Pool> pools = scenario.pools().stream()
                .flatMap(p -> p.id().equals(pool) ? onHorizon(p.shiftedBy(periods), horizon).stream() : Stream.of(p))
                .toList();
        return ChangeOutcome.applied(scenario.withPools(pools));
    }

    private static Optional<Pool> onHorizon(Pool shifted, Horizon horizon) {
        if (shifted.from().isAfter(horizon.last()) || shifted.to().isBefore(horizon.first())) {
            return Optional.empty();
        }
        Period from = shifted.from().isBefore(horizon.first()) ? horizon.first() : shifted.from();
        Period to = shifted.to().isAfter(horizon.last()) ? horizon.last() : shifted.to();
        // A ramp step before the new start still sets the count the pool starts with.
        int count = shifted.countIn(from);
        Map<Period, Integer> ramp = new TreeMap<>();
        shifted.countByPeriod().forEach((p, c) -> {
            if (p.isAfter(from) && !p.isAfter(to)) {
                ramp.put(p, c);
            }
        });
        return Optional.of(new Pool(shifted.id(), shifted.site(), shifted.accelerator(), count, from, to,
                shifted.pricing(), shifted.pricePerAccelHour(), ramp));
    }

    @Override
    public String describe() {
        String unit = Math.abs(periods) == 1 ? " period" : " periods";
        return periods >= 0
                ? "Pool " + pool + " delayed by " + periods + unit
                : "Pool " + pool + " brought forward by " + (-periods) + unit;
    }
}
