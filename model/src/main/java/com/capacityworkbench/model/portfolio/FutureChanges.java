package com.capacityworkbench.model.portfolio;

import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.DemandFactor;
import com.capacityworkbench.model.scenario.DemandTarget;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.PowerCapChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.ResidencyChange;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The what-if change an uncertain input's drawn value makes: a sampled future is a variant of the base, so it is
 * solved, explained and compared like any other.
 */
final class FutureChanges {

    private FutureChanges() {
    }

    /** The change, or null when the value makes none (no delay, a widening that did not happen). */
    static @Nullable Change of(UncertainInput input, double value) {
        String id = input.id();
        return switch (input.kind()) {
            case PRICE_FACTOR -> new PriceFactor(PriceTarget.valueOf(input.target().toUpperCase(Locale.ROOT)), id, value);
            case POOL_DELAY -> Math.round(value) == 0 ? null : new PoolDelay(id, (int) Math.round(value));
            case POOL_COUNT_FACTOR -> new PoolCountChange(id, CountMode.FACTOR, value);
            case POWER_CAP_FACTOR -> new PowerCapChange(id, CountMode.FACTOR, value, null, null);
            case DEMAND_FACTOR -> new DemandFactor(DemandTarget.valueOf(input.target().toUpperCase(Locale.ROOT)), id, value);
            case RESIDENCY_WIDENING -> value >= 0.5 ? new ResidencyChange(id, input.widenTo(), Set.of()) : null;
        };
    }
}
