package com.capacityworkbench.model.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a workload sits where it does.
 *
 * @param summary         one sentence: where it went and why, or why nowhere
 * @param costParts       its cost where it sits, part by part
 * @param candidates      every pool, its cost there and what blocks it
 * @param primaryDeclined for a first-refusal workload placed off the primary: why the primary declined
 * @param missing         for an unplaced workload: the nearest fit and what is missing
 */
public record WorkloadExplanation(
        String workload,
        String summary,
        List<CostPart> costParts,
        List<Candidate> candidates,
        @Nullable String primaryDeclined,
        @Nullable String missing) {

    public WorkloadExplanation {
        costParts = List.copyOf(costParts);
        candidates = List.copyOf(candidates);
    }
}
