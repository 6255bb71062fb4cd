package com.capacityworkbench.model.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a workload sits where it does.
 *
 * @param summary         one sentence: where it went and why, or why nowhere
 * @param costParts       its cost where it sits, part by part
 * @param candidates      every pool, its cost there and what blocks it
 * @param primaryDeclined for a first-refusal workload with shards off the primary: how many sit on it, and why
 *                        its pools did not take the others, pools with the same reason named together (a pool
 *                        with room for them is said to have room, never to decline)
 * @param missing         for a workload with unplaced shards: a pool with room, or the nearest fits and what they
 *                        lack, and what blocks every other pool, grouped by rule
 * @param shortfalls      the nearest fits of {@code missing} as figures, nearest first; empty when nothing is missing
 *                        or the missing room is not a matter of capacity or power
 */
public record WorkloadExplanation(
        String workload,
        String summary,
        List<CostPart> costParts,
        List<Candidate> candidates,
        @Nullable String primaryDeclined,
        @Nullable String missing,
        // Omitted when empty, so plan files without shortfalls are written as before.
        List<Shortfall> shortfalls) {

    public WorkloadExplanation {
        costParts = List.copyOf(costParts);
        candidates = List.copyOf(candidates);
        shortfalls = shortfalls == null ? List.of() : List.copyOf(shortfalls);
    }

    /** An explanation without shortfall figures (a placed workload, or one whose pools are all ruled out). */
    public WorkloadExplanation(String workload, String summary, List<CostPart> costParts, List<Candidate> candidates,
            @Nullable String primaryDeclined, @Nullable String missing) {
        this(workload, summary, costParts, candidates, primaryDeclined, missing, List.of());
    }
}
