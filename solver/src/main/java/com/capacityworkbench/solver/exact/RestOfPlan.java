package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.domain.PaidCharges;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.domain.BuildOutTerms;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the shards outside a slice take and pay, as constants of its program: accelerators per pool and
 * watts per site in each period slot, the once-paid charges already paid, accelerator-hours per provider, and
 * what they use and pay of bought capacity (offers' periods and committed-price hours, build-out steps).
 */
final class RestOfPlan {

    private final long[][] acceleratorsByPool;
    private final Map<PlacementSite, long[]> wattsBySite = new IdentityHashMap<>();
    private final Set<Integer> paidEgress = new HashSet<>();
    private final Set<Integer> paidPorting = new HashSet<>();
    private final Map<String, Long> hoursByProvider = new HashMap<>();
    /** Per bought pool the shards' compute at the committed price, and the first and last slot they use (−1: none). */
    private final long[] paidByPool;
    private final int[] firstSlot;
    private final int[] lastSlot;
    private final Set<BuildOutTerms> usedBuildOuts = new HashSet<>();
    private final List<PlacementPool> pools;

    private RestOfPlan(List<PlacementPool> pools, int slots) {
        this.pools = pools;
        acceleratorsByPool = new long[pools.size()][slots];
        paidByPool = new long[pools.size()];
        firstSlot = new int[pools.size()];
        lastSlot = new int[pools.size()];
        Arrays.fill(firstSlot, -1);
        Arrays.fill(lastSlot, -1);
    }

    static RestOfPlan outside(PlacementSolution solution, Set<Shard> free) {
        int slots = solution.getPools().isEmpty() ? 0 : solution.getPools().getFirst().slotCount();
        RestOfPlan rest = new RestOfPlan(solution.getPools(), slots);
        for (Shard shard : solution.getShards()) {
            PlacementPool pool = shard.getPool();
            if (pool == null || free.contains(shard)) {
                continue;
            }
            PoolOption option = shard.option();
            long[] watts = rest.wattsBySite.computeIfAbsent(pool.getSite(), s -> new long[slots]);
            for (int slot : shard.slotIndices()) {
                rest.acceleratorsByPool[pool.getIndex()][slot] += option.accelerators();
                watts[slot] += option.watts();
            }
            add(rest.paidEgress, option.paidEgress());
            add(rest.paidPorting, option.paidPorting());
            rest.hoursByProvider.merge(pool.getProvider(), option.acceleratorHours(), Long::sum);
            if (pool.getOffer() != null) {
                int i = pool.getIndex();
                int[] used = shard.slotIndices();
                rest.paidByPool[i] += option.computeUsd();
                rest.firstSlot[i] = rest.firstSlot[i] < 0 ? used[0] : Math.min(rest.firstSlot[i], used[0]);
                rest.lastSlot[i] = Math.max(rest.lastSlot[i], used[used.length - 1]);
            }
            if (pool.getBuildOut() != null) {
                rest.usedBuildOuts.add(pool.getBuildOut());
            }
        }
        return rest;
    }

    private static void add(Set<Integer> paid, PaidCharges charges) {
        for (int key : charges.keys()) {
            paid.add(key);
        }
    }

    long accelerators(PlacementPool pool, int slot) {
        return acceleratorsByPool[pool.getIndex()][slot];
    }

    long watts(PlacementSite site, int slot) {
        long[] watts = wattsBySite.get(site);
        return watts == null ? 0 : watts[slot];
    }

    /** The pool's accelerators the rest of the plan leaves in the slot (0 when it takes them all). */
    long room(PlacementPool pool, int slot) {
        return Math.max(0, pool.countIn(slot) - accelerators(pool, slot));
    }

    /** The site's watts the rest of the plan leaves in the slot; {@link Long#MAX_VALUE} when the site has no cap. */
    long powerRoom(PlacementSite site, int slot) {
        long cap = site.capWatts(slot);
        return cap == Long.MAX_VALUE ? cap : Math.max(0, cap - watts(site, slot));
    }

    boolean paysEgress(int key) {
        return paidEgress.contains(key);
    }

    boolean paysPorting(int key) {
        return paidPorting.contains(key);
    }

    Map<String, Long> hoursByProvider() {
        return hoursByProvider;
    }

    /** What the shards outside the slice pay on a bought pool at its committed price. */
    long paidOn(PlacementPool pool) {
        return paidByPool[pool.getIndex()];
    }

    /** The first slot the shards outside the slice use on a pool bought from an offer; −1 when none. */
    int firstSlot(PlacementPool pool) {
        return firstSlot[pool.getIndex()];
    }

    int lastSlot(PlacementPool pool) {
        return lastSlot[pool.getIndex()];
    }

    /** The busiest slot's accelerators of the shards outside the slice on a pool. */
    long peak(PlacementPool pool) {
        long peak = 0;
        for (long used : acceleratorsByPool[pool.getIndex()]) {
            peak = Math.max(peak, used);
        }
        return peak;
    }

    /** Whether the shards outside the slice use a pool of the build-out step (its capex is then paid regardless). */
    boolean uses(BuildOutTerms step) {
        return usedBuildOuts.contains(step);
    }

    /**
     * What the shards outside the slice commit to on purchases the slice cannot change: offers not among
     * {@code offersInSlice} (their blocks and upfront payment) and build-out steps they use (once each).
     */
    long committedOutside(Set<PlacementPool> offersInSlice) {
        long usd = 0;
        for (PlacementPool pool : pools) {
            OfferTerms offer = pool.getOffer();
            if (offer != null && firstSlot[pool.getIndex()] >= 0 && !offersInSlice.contains(pool)) {
                usd = ScoreUnits.add(usd, offer.committedUsd(peak(pool)));
            }
        }
        for (BuildOutTerms step : usedBuildOuts) {
            usd = ScoreUnits.add(usd, step.capexUsd());
        }
        return usd;
    }
}
