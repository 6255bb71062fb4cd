package com.capacityworkbench.model.plan;

/** Accelerator-hours placed on a provider and its share of all placed accelerator-hours (0..100). */
public record ProviderUsage(String provider, double acceleratorHours, double sharePct) {
}
