package com.capacityworkbench.model.plan;

import org.jspecify.annotations.Nullable;

/**
 * A broken hard rule in a plan: which rule, where (pool, site, workload, period), and a planner's sentence.
 */
public record HardViolation(String rule, @Nullable String workload, @Nullable String where, String message) {
}
