package com.capacityworkbench.solver.build;

import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.domain.ShardDifficulty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The construction heuristic: hardest shards first, each onto the first of its best-first candidate
 * pools that still has the accelerators and the site power in every period of its window. Plain arrays
 * make it take seconds at thousands of shards and hundreds of pools, where trying every pool through the
 * score would take minutes. Shards already placed (pinned, or from a warm start) are counted first; a
 * shard that fits nowhere stays unplaced for local search.
 */
final class GreedyPlacement {

    private final long[][] usedAccelerators;
    private final long[][] usedWatts;
    private final Map<PlacementSite, Integer> siteIndex = new HashMap<>();

    private GreedyPlacement(PlacementSolution solution, int slotCount) {
        usedAccelerators = new long[solution.getPools().size()][slotCount];
        List<PlacementSite> sites = solution.getSites();
        for (int i = 0; i < sites.size(); i++) {
            siteIndex.put(sites.get(i), i);
        }
        usedWatts = new long[sites.size()][slotCount];
    }

    static void place(PlacementSolution solution, int slotCount) {
        GreedyPlacement greedy = new GreedyPlacement(solution, slotCount);
        List<Shard> open = new ArrayList<>();
        for (Shard shard : solution.getShards()) {
            if (shard.getPool() != null) {
                greedy.take(shard, shard.getPool(), shard.option());
            } else if (!shard.isPinned()) {
                open.add(shard);
            }
        }
        open.sort(new ShardDifficulty().reversed());
        for (Shard shard : open) {
            for (PlacementPool pool : shard.getPoolRange()) {
                PoolOption option = shard.optionOn(pool);
                if (option != null && greedy.fits(shard, pool, option)) {
                    shard.setPool(pool);
                    greedy.take(shard, pool, option);
                    break;
                }
            }
        }
    }

    private boolean fits(Shard shard, PlacementPool pool, PoolOption option) {
        int site = siteIndex.get(pool.getSite());
        for (PeriodSlot slot : shard.getSlots()) {
            if (usedAccelerators[pool.getIndex()][slot.index()] + option.accelerators() > pool.countIn(slot)) {
                return false;
            }
            long cap = pool.getSite().capWatts(slot);
            if (cap != Long.MAX_VALUE && usedWatts[site][slot.index()] + option.watts() > cap) {
                return false;
            }
        }
        return true;
    }

    private void take(Shard shard, PlacementPool pool, PoolOption option) {
        int site = siteIndex.get(pool.getSite());
        for (PeriodSlot slot : shard.getSlots()) {
            usedAccelerators[pool.getIndex()][slot.index()] += option.accelerators();
            usedWatts[site][slot.index()] += option.watts();
        }
    }
}
