package com.capacityworkbench.model.scenario;

import java.util.Set;

/**
 * Data a workload reads.
 *
 * @param allowedJurisdictions where the bytes may be stored or processed; empty means anywhere
 * @param mayLeaveProvider     false keeps the data on its home site's provider
 */
public record Dataset(
        String id,
        double sizeTb,
        String homeSite,
        Set<String> allowedJurisdictions,
        boolean mayLeaveProvider) {

    public Dataset {
        allowedJurisdictions = allowedJurisdictions == null ? Set.of() : Set.copyOf(allowedJurisdictions);
    }

    public boolean mayStayIn(String jurisdiction) {
        return allowedJurisdictions.isEmpty() || allowedJurisdictions.contains(jurisdiction);
    }

    public Dataset withAllowedJurisdictions(Set<String> jurisdictions) {
        return new Dataset(id, sizeTb, homeSite, jurisdictions, mayLeaveProvider);
    }
}
