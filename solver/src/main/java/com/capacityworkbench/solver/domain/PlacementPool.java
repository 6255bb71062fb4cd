package com.capacityworkbench.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import org.jspecify.annotations.Nullable;

/**
 * A pool as the solver sees it: where it is, whose it is, and its accelerator count per period slot; for capacity
 * that is bought rather than owned, what buying it costs (an offer's blocks or a build-out's capex).
 */
public final class PlacementPool {

    @PlanningId
    private final String id;
    private final int index;
    private final PlacementSite site;
    private final String provider;
    private final int[] countBySlot;
    private final @Nullable OfferTerms offer;
    private final @Nullable BuildOutTerms buildOut;

    public PlacementPool(String id, int index, PlacementSite site, String provider, int[] countBySlot) {
        this(id, index, site, provider, countBySlot, null, null);
    }

    public PlacementPool(String id, int index, PlacementSite site, String provider, int[] countBySlot,
            @Nullable OfferTerms offer, @Nullable BuildOutTerms buildOut) {
        this.id = id;
        this.index = index;
        this.site = site;
        this.provider = provider;
        this.countBySlot = countBySlot.clone();
        this.offer = offer;
        this.buildOut = buildOut;
    }

    /** The offer this pool is bought from, or null for capacity the planner has. */
    public @Nullable OfferTerms getOffer() {
        return offer;
    }

    /** The build-out step that houses this pool, or null. */
    public @Nullable BuildOutTerms getBuildOut() {
        return buildOut;
    }

    /** Whether this pool is capacity to buy (an offer's or a build-out's), paid for when the plan uses it. */
    public boolean isBought() {
        return offer != null || buildOut != null;
    }

    public String getId() {
        return id;
    }

    /** Position in the solution's pool list; shards keep their per-pool figures in arrays by this index. */
    public int getIndex() {
        return index;
    }

    public PlacementSite getSite() {
        return site;
    }

    public String getProvider() {
        return provider;
    }

    /** Length of the solver's time axis. */
    public int slotCount() {
        return countBySlot.length;
    }

    public int countIn(PeriodSlot slot) {
        return countBySlot[slot.index()];
    }

    /** Accelerators available in the slot at this position of the time axis. */
    public int countIn(int slotIndex) {
        return countBySlot[slotIndex];
    }

    @Override
    public String toString() {
        return id;
    }
}
