package com.capacityworkbench.model.portfolio;

import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * One pool over a sweep's futures: how full it was (% of its accelerator-periods; null where no future has it) and
 * how much of it sat idle though paid for ($; all zero where none ever did).
 */
public record PoolSpread(String pool, @Nullable KpiSpread utilisation, KpiSpread idle) {

    /** The spread of a pool no future leaves idle. */
    static final KpiSpread NEVER_IDLE = new KpiSpread(0, 0, 0, 0, 0, 0);

    /** A percentile of the utilisation; NaN where no future has the pool. */
    public double utilisationAt(ToDoubleFunction<KpiSpread> percentile) {
        return utilisation == null ? Double.NaN : percentile.applyAsDouble(utilisation);
    }
}
