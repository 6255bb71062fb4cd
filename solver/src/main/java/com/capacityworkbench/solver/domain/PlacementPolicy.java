package com.capacityworkbench.solver.domain;

import com.capacityworkbench.model.scenario.FirstRefusalMode;

/**
 * The scenario-wide rules the constraints read: first-refusal mode, the maximum provider share, and the most the
 * plan may commit to buying.
 *
 * @param purchaseBudgetUsd whole dollars; {@link Long#MAX_VALUE} for no limit
 */
public record PlacementPolicy(FirstRefusalMode firstRefusal, double maxProviderSharePct, long purchaseBudgetUsd) {

    /** No purchase budget. */
    public PlacementPolicy(FirstRefusalMode firstRefusal, double maxProviderSharePct) {
        this(firstRefusal, maxProviderSharePct, Long.MAX_VALUE);
    }
}
