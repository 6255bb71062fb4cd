package com.capacityworkbench.model.variant;

import com.capacityworkbench.model.scenario.Scenario;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One typed what-if change. Changes are re-applied to the current base every time (never copied into it),
 * so editing the base shows up in every variant. A change whose target is gone is reported stale, not dropped.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PriceFactor.class, name = "price-factor"),
    @JsonSubTypes.Type(value = PoolCountChange.class, name = "pool-count"),
    @JsonSubTypes.Type(value = PoolDelay.class, name = "pool-delay"),
    @JsonSubTypes.Type(value = PowerCapChange.class, name = "power-cap"),
    @JsonSubTypes.Type(value = PolicyChange.class, name = "policy"),
    @JsonSubTypes.Type(value = WeightsChange.class, name = "weights"),
    @JsonSubTypes.Type(value = DemandFactor.class, name = "demand-factor"),
    @JsonSubTypes.Type(value = ResidencyChange.class, name = "residency"),
    @JsonSubTypes.Type(value = AddWorkload.class, name = "add-workload"),
    @JsonSubTypes.Type(value = RemoveWorkload.class, name = "remove-workload"),
    @JsonSubTypes.Type(value = AddPool.class, name = "add-pool"),
    @JsonSubTypes.Type(value = RemovePool.class, name = "remove-pool")
})
public sealed interface Change permits PriceFactor, PoolCountChange, PoolDelay, PowerCapChange, PolicyChange,
        WeightsChange, DemandFactor, ResidencyChange, AddWorkload, RemoveWorkload, AddPool, RemovePool {

    /** Applies this change to a scenario; the result says whether it still applied. */
    ChangeOutcome applyTo(Scenario scenario);

    /** A planner's sentence, e.g. "TPU v5p prices × 0.80"; also the reason a diff gives for a move. */
    String describe();
}
