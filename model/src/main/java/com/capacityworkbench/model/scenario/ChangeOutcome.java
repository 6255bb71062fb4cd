package com.capacityworkbench.model.scenario;

import org.jspecify.annotations.Nullable;

/** The scenario after a change, or the unchanged scenario and why the change no longer applies. */
public record ChangeOutcome(Scenario scenario, @Nullable String staleReason) {

    public static ChangeOutcome applied(Scenario scenario) {
        return new ChangeOutcome(scenario, null);
    }

    public static ChangeOutcome stale(Scenario unchanged, String reason) {
        return new ChangeOutcome(unchanged, reason);
    }

    public boolean isStale() {
        return staleReason != null;
    }
}
