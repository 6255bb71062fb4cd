package com.capacityworkbench.model.plan;

import org.jspecify.annotations.Nullable;

/**
 * A pool considered for a workload: what it would cost there and the first rule that rules it out
 * ({@code blockedBy} null when the pool could take it).
 *
 * @param rule      short rule name, e.g. "Residency", "Capacity", "Power"
 * @param blockedBy the planner's sentence, e.g. "Residency: dataset eu-chat-logs may stay only in EU; site us-east-2 is US"
 */
public record Candidate(
        String pool,
        String site,
        String provider,
        @Nullable Double costUsd,
        @Nullable String rule,
        @Nullable String blockedBy,
        boolean chosen) {

    public boolean isFeasible() {
        return blockedBy == null;
    }
}
