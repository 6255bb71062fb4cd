package com.capacityworkbench.model.plan;

import org.jspecify.annotations.Nullable;

/**
 * A pool considered for a workload: what the whole workload would cost there and the first rule that keeps
 * it off ({@code blockedBy} null when one of its shards, unplaced or moved from where it runs, fits there
 * beside the rest of the plan; for a workload that is not split, the workload itself).
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
