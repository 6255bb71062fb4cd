package com.capacityworkbench.solver.domain;

import com.capacityworkbench.model.scenario.FirstRefusalMode;

/** The scenario-wide rules the constraints read: first-refusal mode and the maximum provider share. */
public record PlacementPolicy(FirstRefusalMode firstRefusal, double maxProviderSharePct) {
}
