package com.capacityworkbench.model.scenario;

import org.jspecify.annotations.Nullable;

/**
 * A seller of capacity (a cloud, a neocloud) or the lab itself for self-built campuses.
 * Egress prices are per GB leaving this provider's sites: to another site of the same provider, or
 * to another provider (cross-cloud / internet). Moving data within one site is free.
 *
 * @param inCloudGbps what the provider's own backbone gives one transfer between two of its regions, for data
 *                    staging; never slower in use than the two sites' links to other providers
 */
public record Provider(
        String id,
        ProviderKind kind,
        double egressSameProviderPerGb,
        double egressCrossCloudPerGb,
        @Nullable String notes,
        double inCloudGbps) {

    /** A provider with the default in-cloud backbone ({@link FieldDefaults#IN_CLOUD_GBPS}). */
    public Provider(String id, ProviderKind kind, double egressSameProviderPerGb, double egressCrossCloudPerGb,
                    @Nullable String notes) {
        this(id, kind, egressSameProviderPerGb, egressCrossCloudPerGb, notes, FieldDefaults.IN_CLOUD_GBPS);
    }
}
