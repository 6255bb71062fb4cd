package com.capacityworkbench.solver.domain;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import java.util.List;

/**
 * The scenario-wide rules the constraints read: first-refusal mode, the maximum provider share, the most the plan
 * may commit to buying, and the providers' spend terms.
 *
 * @param purchaseBudgetUsd whole dollars; {@link Long#MAX_VALUE} for no limit
 */
public record PlacementPolicy(FirstRefusalMode firstRefusal, double maxProviderSharePct, long purchaseBudgetUsd,
        List<SpendLimit> spendLimits) {

    public PlacementPolicy {
        spendLimits = List.copyOf(spendLimits);
    }

    /** No spend terms. */
    public PlacementPolicy(FirstRefusalMode firstRefusal, double maxProviderSharePct, long purchaseBudgetUsd) {
        this(firstRefusal, maxProviderSharePct, purchaseBudgetUsd, List.of());
    }

    /** No purchase budget, no spend terms. */
    public PlacementPolicy(FirstRefusalMode firstRefusal, double maxProviderSharePct) {
        this(firstRefusal, maxProviderSharePct, Long.MAX_VALUE);
    }
}
