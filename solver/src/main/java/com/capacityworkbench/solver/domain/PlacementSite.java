package com.capacityworkbench.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Arrays;

/** A site as the solver sees it: its power cap in watts per period slot (none = no cap). */
public final class PlacementSite {

    @PlanningId
    private final String id;
    private final long[] capWattsBySlot;
    private final boolean capped;

    public PlacementSite(String id, long[] capWattsBySlot) {
        this.id = id;
        this.capWattsBySlot = capWattsBySlot.clone();
        this.capped = Arrays.stream(capWattsBySlot).anyMatch(cap -> cap != Long.MAX_VALUE);
    }

    public String getId() {
        return id;
    }

    /** The cap in a period slot, {@link Long#MAX_VALUE} when the site has none. */
    public long capWatts(PeriodSlot slot) {
        return capWattsBySlot[slot.index()];
    }

    /** The site has a power cap in at least one slot. */
    public boolean isCapped() {
        return capped;
    }

    /** The cap in the slot at this position of the time axis. */
    public long capWatts(int slotIndex) {
        return capWattsBySlot[slotIndex];
    }

    /** Length of the solver's time axis. */
    public int slotCount() {
        return capWattsBySlot.length;
    }

    @Override
    public String toString() {
        return id;
    }
}
