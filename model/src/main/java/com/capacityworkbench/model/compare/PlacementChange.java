package com.capacityworkbench.model.compare;

import org.jspecify.annotations.Nullable;

/**
 * A workload whose placement differs between the base plan and a variant's plan.
 *
 * @param from      where it ran in the base, e.g. "azure-eastus-h100" or "gcp-tpu + aws-trn2 (2 shards)"; null when unplaced
 * @param to        where it runs in the variant; null when unplaced
 * @param costDelta variant cost minus base cost of this workload, $
 * @param cause     whether a change of the variant is the cause, and how the move scored both ways
 * @param reason    in a planner's words; names a change only when {@code cause} ties the move to one
 */
public record PlacementChange(String workload, PlacementChangeKind kind, @Nullable String from, @Nullable String to,
                              double costDelta, PlacementCause cause, String reason) {
}
