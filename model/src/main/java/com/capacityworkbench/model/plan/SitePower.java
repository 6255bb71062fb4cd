package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Period;
import org.jspecify.annotations.Nullable;

/** Facility power drawn at a site in one period against its cap (null when uncapped). */
public record SitePower(String site, Period period, double usedMw, @Nullable Double capMw) {
}
