package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Period;
import org.jspecify.annotations.Nullable;

/**
 * What one pool lacks to take an unplaced workload: the same figures as the "what is missing" sentence, kept as
 * numbers so that a planner can turn them into a what-if with one click.
 *
 * @param accelerators how many more accelerators the pool needs (0 when it has room); the most in any period
 * @param period       the period where it lacks them most; null when it lacks none
 * @param mw           how many more MW its site needs (0 when it has power); the most in any period
 * @param powerPeriod  the period where the site lacks them most; null when it lacks none
 */
public record Shortfall(String pool, String accelerator, long accelerators, @Nullable Period period, String site,
        double mw, @Nullable Period powerPeriod) {
}
