package com.capacityworkbench.solver.build;

import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The periods each pool bought from an offer is used in, first to last, so that the greedy start keeps the hard rule
 * Offer term: one purchase covers its term from the first period used, and a shard that would stretch the use past it
 * goes elsewhere. Without it the greedy start of a 2,000-workload purchase case broke the rule by 124 periods and the
 * local search had not repaired it after 60 s (docs/benchmarks.md, runs O).
 */
final class OfferWindows {

    /** First and last slot used, both included. */
    private record Window(int first, int last) {
    }

    private final Map<PlacementPool, Window> used = new IdentityHashMap<>();

    private OfferWindows() {
    }

    /** The windows of the solution's shards where they are now (pinned or warm-started ones included). */
    static OfferWindows of(PlacementSolution solution) {
        OfferWindows windows = new OfferWindows();
        for (Shard shard : solution.getShards()) {
            if (shard.getPool() != null) {
                windows.take(shard, shard.getPool());
            }
        }
        return windows;
    }

    /** Whether the pool's use, with this shard, still fits one term (always, for a pool not bought from an offer). */
    boolean fits(Shard shard, PlacementPool pool) {
        OfferTerms offer = pool.getOffer();
        if (offer == null) {
            return true;
        }
        Window w = with(used.get(pool), shard);
        return w.last() - w.first() + 1 <= offer.termSlots();
    }

    void take(Shard shard, PlacementPool pool) {
        if (pool.getOffer() != null) {
            used.put(pool, with(used.get(pool), shard));
        }
    }

    private static Window with(Window window, Shard shard) {
        int[] slots = shard.slotIndices();
        int first = slots[0];
        int last = slots[slots.length - 1];
        return window == null ? new Window(first, last)
                : new Window(Math.min(window.first(), first), Math.max(window.last(), last));
    }
}
