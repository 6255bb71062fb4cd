package com.capacityworkbench.model.scenario;

import org.jspecify.annotations.Nullable;

/**
 * A seller of capacity (a cloud, a neocloud) or the lab itself for self-built campuses.
 * Egress prices are per GB leaving this provider's sites: to another site of the same provider, or
 * to another provider (cross-cloud / internet). Moving data within one site is free.
 */
public record Provider(
        String id,
        ProviderKind kind,
        double egressSameProviderPerGb,
        double egressCrossCloudPerGb,
        @Nullable String notes) {
}
