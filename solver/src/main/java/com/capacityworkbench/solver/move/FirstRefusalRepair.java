package com.capacityworkbench.solver.move;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Room;
import com.capacityworkbench.solver.domain.Shard;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The last step of a strict first-refusal solve: every first-refusal shard off the primary that a pool of the
 * primary could take as the plan stands (rules, accelerators and site power in every period of its window) moves
 * there. Strict mode puts first refusal above all cost, so each such move makes the plan better; the local search
 * finds most of them, but on large plans some survive the time limit (issue #21: 243 shards at 20 s on
 * 1000×60×12). Deterministic: shards with the most first-refusal hours first, each to the primary pool where it
 * costs least.
 */
public final class FirstRefusalRepair {

    private static final Comparator<Shard> MOST_HOURS_FIRST = Comparator.comparingLong(Shard::getFirstRefusalWeight)
            .reversed().thenComparing(Shard::getId);

    private FirstRefusalRepair() {
    }

    /**
     * Moves what the primary can take onto it, in place.
     *
     * @return how many shards moved
     */
    public static int apply(PlacementSolution solution) {
        if (solution.getPolicy().firstRefusal() != FirstRefusalMode.STRICT) {
            return 0;
        }
        List<Shard> offPrimary = solution.getShards().stream()
                .filter(s -> s.isFirstRefusal() && !s.isPinned() && s.isPlaced() && s.option().offPrimary())
                .sorted(MOST_HOURS_FIRST).toList();
        if (offPrimary.isEmpty()) {
            return 0;
        }
        Room room = Room.of(solution);
        int moved = 0;
        for (Shard shard : offPrimary) {
            PlacementPool target = cheapestPrimaryWithRoom(shard, room);
            if (target != null) {
                room.release(shard, shard.getPool());
                room.take(shard, target);
                shard.setPool(target);
                moved++;
            }
        }
        return moved;
    }

    /** A pool of the primary the shard may use and fits on beside the rest of the plan, cheapest first; or null. */
    static @Nullable PlacementPool cheapestPrimaryWithRoom(Shard shard, Room room) {
        PlacementPool best = null;
        long bestCost = Long.MAX_VALUE;
        for (PlacementPool pool : shard.getPoolRange()) {
            PoolOption option = shard.optionOn(pool);
            // Capacity to buy is left to the search (blocks, terms and budgets are beyond this room check).
            if (option == null || option.offPrimary() || pool.isBought()
                    || !room.fits(shard, pool)) {
                continue;
            }
            long cost = option.computeUsd() + option.energyUsd() + option.carbonUsd();
            if (cost < bestCost) {
                best = pool;
                bestCost = cost;
            }
        }
        return best;
    }
}
