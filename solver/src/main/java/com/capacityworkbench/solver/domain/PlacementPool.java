package com.capacityworkbench.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/** A pool as the solver sees it: where it is, whose it is, and its accelerator count per period slot. */
public final class PlacementPool {

    @PlanningId
    private final String id;
    private final int index;
    private final PlacementSite site;
    private final String provider;
    private final int[] countBySlot;

    public PlacementPool(String id, int index, PlacementSite site, String provider, int[] countBySlot) {
        this.id = id;
        this.index = index;
        this.site = site;
        this.provider = provider;
        this.countBySlot = countBySlot.clone();
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
