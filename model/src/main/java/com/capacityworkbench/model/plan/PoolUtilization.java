package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Period;

/**
 * How full a pool is in one period. {@code idleSunkUsd} is what committed or self-built accelerators
 * left idle cost (0 for on-demand pools).
 */
public record PoolUtilization(String pool, Period period, long used, int available, double idleSunkUsd) {

    public double utilizationPct() {
        return available == 0 ? 0 : 100.0 * used / available;
    }
}
