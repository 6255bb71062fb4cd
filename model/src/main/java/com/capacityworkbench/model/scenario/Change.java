package com.capacityworkbench.model.scenario;


/**
 * One typed what-if change. Changes are re-applied to the current base every time (never copied into it),
 * so editing the base shows up in every variant. A change whose target is gone is reported stale, not dropped.
 */
public sealed interface Change permits PriceFactor, PoolCountChange, PoolDelay, PowerCapChange, PolicyChange,
        WeightsChange, DemandFactor, ResidencyChange, AddWorkload, RemoveWorkload, AddPool, RemovePool {

    /** Applies this change to a scenario; the result says whether it still applied. */
    ChangeOutcome applyTo(Scenario scenario);

    /** A planner's sentence, e.g. "TPU v5p prices × 0.80"; also the reason a diff gives for a move. */
    String describe();
}
