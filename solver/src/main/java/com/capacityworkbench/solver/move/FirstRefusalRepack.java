package com.capacityworkbench.solver.move;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Room;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What a planner does to honour the primary's right of first refusal: clear some of the primary's pools and
 * fill them again, the first-refusal work with the most hours per accelerator first, then put everything
 * else back where it fits. Bringing one first-refusal job onto the primary usually means moving others
 * around on it first; single changes and swaps cannot do that (each step alone is no better), and the
 * proven optimum of frontier-2027 differs from the local search's plans in such chains (docs/benchmarks.md).
 */
final class FirstRefusalRepack {

    private FirstRefusalRepack() {
    }

    /** Whether the plan has first-refusal work the repack can move: strict mode only. */
    static boolean applies(PlacementSolution solution) {
        return solution.getPolicy().firstRefusal() == FirstRefusalMode.STRICT;
    }

    /**
     * Plans a repack of one or two of the primary's pools, at random, in the plan the view shows.
     *
     * @param primary the primary's pools ({@link #primaryPools}), fixed for a solve
     * @return the shards that change place, each with its new pool; empty when nothing moves or when the repack
     *         would leave placed work unplaced
     */
    static List<MakeRoom.Change> plan(WorkingPlan view, List<PlacementPool> primary, RandomGenerator random) {
        if (primary.isEmpty()) {
            return List.of();
        }
        // One pool of the primary's, now and then two: clearing more leaves too much to fit back.
        List<PlacementPool> cleared = new ArrayList<>();
        cleared.add(primary.get(random.nextInt(primary.size())));
        if (primary.size() > 1 && random.nextInt(3) == 0) {
            PlacementPool second = primary.get(random.nextInt(primary.size()));
            if (!cleared.contains(second)) {
                cleared.add(second);
            }
        }
        try (Room.Trial trial = view.roomTrial()) {
            return repack(view, trial.room(), cleared, random);
        }
    }

    /** Empties the cleared pools in the room and fills them again, first-refusal work first. */
    private static List<MakeRoom.Change> repack(WorkingPlan view, Room room, List<PlacementPool> cleared,
            RandomGenerator random) {
        List<Shard> firstRefusal = new ArrayList<>();
        List<Shard> evicted = new ArrayList<>();
        for (Shard shard : view.movable()) {
            PlacementPool on = shard.getPool();
            if (on != null && cleared.contains(on)) {
                (shard.isFirstRefusal() ? firstRefusal : evicted).add(shard);
                room.release(shard, on);
            } else if (shard.isFirstRefusal() && (on == null || shard.option().offPrimary())
                    && mayUseAny(shard, cleared)) {
                // First-refusal work already on another pool of the primary's stays: moving it gains nothing.
                firstRefusal.add(shard);
                if (on != null) {
                    room.release(shard, on);
                }
            }
        }
        // The most hours kept off the primary per accelerator first, each weighed with some noise so that
        // repeated repacks try different orders.
        List<Ranked> ranked = new ArrayList<>(firstRefusal.size());
        for (Shard shard : firstRefusal) {
            ranked.add(new Ranked(shard, shard.getFirstRefusalWeight()
                    / (double) Math.max(1, smallestFootprint(shard, cleared)) * (0.75 + 0.5 * random.nextDouble())));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::hoursPerAccelerator).reversed());
        // The biggest evicted shards first: they are the hardest to fit back.
        Collections.shuffle(evicted, random);
        evicted.sort(Comparator.comparingInt((Shard shard) -> shard.option().accelerators()).reversed());

        List<MakeRoom.Change> changes = new ArrayList<>();
        List<PlacementPool> vacated = new ArrayList<>();
        for (Ranked next : ranked) {
            Shard shard = next.shard();
            PlacementPool to = fittingPool(room, shard, cleared, random);
            PlacementPool from = shard.getPool();
            if (to != null && from != null && from != to && !vacated.contains(from)) {
                vacated.add(from);
            }
            if (!place(room, shard, to != null ? to : backOrElsewhere(room, shard, vacated, random), changes)) {
                return List.of();
            }
        }
        for (Shard shard : evicted) {
            if (!place(room, shard, backOrElsewhere(room, shard, vacated, random), changes)) {
                return List.of();
            }
        }
        return changes;
    }

    /** Puts the shard on the pool; false when a placed shard would be left unplaced (no such repack is kept). */
    private static boolean place(Room room, Shard shard, @Nullable PlacementPool to, List<MakeRoom.Change> changes) {
        if (to == null) {
            return shard.getPool() == null;
        }
        room.take(shard, to);
        if (to != shard.getPool()) {
            changes.add(new MakeRoom.Change(shard, to));
        }
        return true;
    }

    /** Pools some first-refusal shard counts as the primary's. */
    static List<PlacementPool> primaryPools(WorkingPlan view) {
        List<PlacementPool> primary = new ArrayList<>();
        for (Shard shard : view.movable()) {
            if (!shard.isFirstRefusal()) {
                continue;
            }
            for (PlacementPool pool : shard.getPoolRange()) {
                PoolOption option = shard.optionOn(pool);
                if (option != null && !option.offPrimary() && !primary.contains(pool)) {
                    primary.add(pool);
                }
            }
        }
        return primary;
    }

    private record Ranked(Shard shard, double hoursPerAccelerator) {
    }

    private static boolean mayUseAny(Shard shard, List<PlacementPool> pools) {
        for (PlacementPool pool : pools) {
            if (shard.optionOn(pool) != null) {
                return true;
            }
        }
        return false;
    }

    /** The fewest accelerators the shard takes on any of the pools it may use, times its periods. */
    private static long smallestFootprint(Shard shard, List<PlacementPool> pools) {
        long smallest = Long.MAX_VALUE;
        for (PlacementPool pool : pools) {
            PoolOption option = shard.optionOn(pool);
            if (option != null) {
                smallest = Math.min(smallest, (long) option.accelerators() * shard.slotIndices().length);
            }
        }
        return smallest == Long.MAX_VALUE ? 1 : smallest;
    }

    /** Half the time the tightest of the pools with room for the shard, otherwise a random one of them. */
    private static @Nullable PlacementPool fittingPool(Room room, Shard shard, List<PlacementPool> pools,
            RandomGenerator random) {
        List<PlacementPool> fitting = new ArrayList<>();
        for (PlacementPool pool : pools) {
            if (shard.optionOn(pool) != null && room.fits(shard, pool)) {
                fitting.add(pool);
            }
        }
        if (fitting.isEmpty()) {
            return null;
        }
        if (random.nextBoolean()) {
            return fitting.get(random.nextInt(fitting.size()));
        }
        PlacementPool tightest = fitting.get(0);
        for (PlacementPool pool : fitting) {
            if (spare(room, shard, pool) < spare(room, shard, tightest)) {
                tightest = pool;
            }
        }
        return tightest;
    }

    /** Accelerators left on the pool in the shard's tightest period. */
    private static long spare(Room room, Shard shard, PlacementPool pool) {
        long spare = Long.MAX_VALUE;
        for (int slot : shard.slotIndices()) {
            spare = Math.min(spare, room.acceleratorsLeft(shard, pool, slot));
        }
        return spare;
    }

    /**
     * The shard's own pool if it still fits there, else one the repack emptied, else a random pool of its range
     * with room, else none.
     */
    private static @Nullable PlacementPool backOrElsewhere(Room room, Shard shard, List<PlacementPool> vacated,
            RandomGenerator random) {
        PlacementPool own = shard.getPool();
        if (own != null && room.fits(shard, own)) {
            return own;
        }
        for (PlacementPool pool : vacated) {
            if (shard.optionOn(pool) != null && room.fits(shard, pool)) {
                return pool;
            }
        }
        return MakeRoom.pickPoolWithRoom(room, shard, own, random);
    }
}
