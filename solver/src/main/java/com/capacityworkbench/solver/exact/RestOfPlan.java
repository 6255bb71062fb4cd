package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.domain.PaidCharges;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the shards outside a slice take and pay, as constants of its program: accelerators per pool and
 * watts per site in each period slot, the once-paid charges already paid, and accelerator-hours per
 * provider.
 */
final class RestOfPlan {

    private final long[][] acceleratorsByPool;
    private final Map<PlacementSite, long[]> wattsBySite = new IdentityHashMap<>();
    private final Set<Integer> paidEgress = new HashSet<>();
    private final Set<Integer> paidPorting = new HashSet<>();
    private final Map<String, Long> hoursByProvider = new HashMap<>();

    private RestOfPlan(int pools, int slots) {
        acceleratorsByPool = new long[pools][slots];
    }

    static RestOfPlan outside(PlacementSolution solution, Set<Shard> free) {
        int slots = solution.getPools().isEmpty() ? 0 : solution.getPools().getFirst().slotCount();
        RestOfPlan rest = new RestOfPlan(solution.getPools().size(), slots);
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

    boolean paysEgress(int key) {
        return paidEgress.contains(key);
    }

    boolean paysPorting(int key) {
        return paidPorting.contains(key);
    }

    Map<String, Long> hoursByProvider() {
        return hoursByProvider;
    }
}
