package com.capacityworkbench.solver.build;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Room;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.domain.ShardDifficulty;
import java.util.ArrayList;
import java.util.List;

/**
 * The construction heuristic: hardest shards first, each onto the first of its best-first candidate
 * pools that still has the accelerators and the site power in every period of its window (and, on a pool bought
 * from an offer, keeps its use within one term: {@link OfferWindows}). Plain arrays
 * make it take seconds at thousands of shards and hundreds of pools, where trying every pool through the
 * score would take minutes. Shards already placed (pinned, or from a warm start) are counted first; a
 * shard that fits nowhere stays unplaced for local search.
 */
final class GreedyPlacement {

    private GreedyPlacement() {
    }

    static void place(PlacementSolution solution) {
        Room room = Room.of(solution);
        OfferWindows offers = OfferWindows.of(solution);
        List<Shard> open = new ArrayList<>();
        for (Shard shard : solution.getShards()) {
            if (shard.getPool() == null && !shard.isPinned()) {
                open.add(shard);
            }
        }
        open.sort(new ShardDifficulty().reversed());
        for (Shard shard : open) {
            for (PlacementPool pool : shard.getPoolRange()) {
                if (room.fits(shard, pool) && offers.fits(shard, pool)) {
                    shard.setPool(pool);
                    room.take(shard, pool);
                    offers.take(shard, pool);
                    break;
                }
            }
        }
    }
}
