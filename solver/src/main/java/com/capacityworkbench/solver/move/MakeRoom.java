package com.capacityworkbench.solver.move;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Room;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What a planner does when a big job does not fit: put it on a pool anyway, take off that pool the
 * least important shards in its way, find each of them another pool with room or leave it unplaced,
 * then fill what the displaced shards freed outside the job's window with unplaced work that now fits.
 * Change and swap moves cannot do this (each step alone makes the plan worse), and random
 * ruin-and-recreate seldom picks the right shards.
 *
 * @param changes the shard first, then the shards it displaced, each with its new pool (null: unplaced),
 *                then the unplaced shards put in the room left
 * @param gain    unplaced-demand penalty the changes save (negative: they leave more unplaced)
 */
record MakeRoom(List<Change> changes, long gain) {

    /** One shard onto a pool, or off every pool. */
    record Change(Shard shard, @Nullable PlacementPool pool) {
    }

    /** Unplaced shards looked at for the room left, the most valuable first; bounds a move's cost. */
    private static final int REFILL_CANDIDATES = 300;

    /** Plans making room for {@code shard} on {@code pool} in the solution as it is now. */
    static @Nullable MakeRoom plan(PlacementSolution solution, Shard shard, PlacementPool pool, RandomGenerator random) {
        return plan(WorkingPlan.of(solution), shard, pool, random);
    }

    /**
     * Plans making room for {@code shard} on {@code pool} in the plan the view shows.
     *
     * @return null when the pool cannot be cleared of enough shards (pinned ones are in the way)
     */
    static @Nullable MakeRoom plan(WorkingPlan view, Shard shard, PlacementPool pool, RandomGenerator random) {
        try (Room.Trial trial = view.roomTrial()) {
            return planOn(trial.room(), view, shard, pool, random);
        }
    }

    private static @Nullable MakeRoom planOn(Room room, WorkingPlan view, Shard shard, PlacementPool pool,
            RandomGenerator random) {
        PlacementPool leaving = shard.getPool();
        if (leaving != null) {
            room.release(shard, leaving);
        }
        // In the way: the pool's shards, and where the site's power is short, the shards of its other pools.
        List<Shard> inTheWay = new ArrayList<>();
        boolean shortOfPower = isShortOfPower(room, shard, pool);
        for (PlacementPool sameSite : view.poolsAt(pool.getSite())) {
            if (sameSite == pool || shortOfPower) {
                inTheWay.addAll(view.on(sameSite));
            }
        }
        inTheWay.remove(shard);
        Collections.shuffle(inTheWay, random);
        // Cheapest to displace first: the least penalty per accelerator it frees, counted in each period
        // where the shard is short (one that frees two short periods is worth two that free one each).
        boolean[] shortIn = shortSlots(room, shard, pool);
        PriorityQueue<Displacement> cheapestFirst = byDisplacementCost(inTheWay, shortIn);

        List<Shard> displaced = new ArrayList<>();
        while (!cheapestFirst.isEmpty() && isShort(room, shard, pool)) {
            Shard other = cheapestFirst.poll().shard();
            if (!other.isPinned() && freesAShortSlot(room, shard, pool, other)) {
                room.release(other, other.getPool());
                displaced.add(other);
            }
        }
        if (isShort(room, shard, pool)) {
            return null;
        }
        room.take(shard, pool);

        List<Change> changes = new ArrayList<>();
        changes.add(new Change(shard, pool));
        long gain = leaving == null ? shard.getUnplacedWeight() : 0;
        displaced.sort(Comparator.comparingLong(Shard::getUnplacedWeight).reversed());
        List<PlacementPool> freed = new ArrayList<>(List.of(pool));
        for (Shard other : displaced) {
            PlacementPool from = other.getPool();
            if (!freed.contains(from)) {
                freed.add(from);
            }
            PlacementPool elsewhere = pickPoolWithRoom(room, other, from, random);
            if (elsewhere != null) {
                room.take(other, elsewhere);
            } else {
                gain -= other.getUnplacedWeight();
            }
            changes.add(new Change(other, elsewhere));
        }
        if (leaving != null && !freed.contains(leaving)) {
            freed.add(leaving);
        }
        for (PlacementPool emptier : freed) {
            gain += refill(view, room, emptier, shard, changes);
        }
        return new MakeRoom(changes, gain);
    }

    /**
     * Of every way to make room for one of the shards on a pool of its range (other than its own), the one
     * that saves the most unplaced demand; null when there is none.
     */
    static @Nullable MakeRoom bestAmong(WorkingPlan view, List<Shard> shards, RandomGenerator random) {
        MakeRoom best = null;
        for (Shard shard : shards) {
            List<PlacementPool> range = shard.getPoolRange();
            // From a random start, so that equal gains (all 0 when nothing is unplaced) do not always pick the
            // same pool.
            int start = range.isEmpty() ? 0 : random.nextInt(range.size());
            for (int i = 0; i < range.size(); i++) {
                PlacementPool pool = range.get((start + i) % range.size());
                if (pool == shard.getPool()) {
                    continue;
                }
                MakeRoom plan = plan(view, shard, pool, random);
                if (plan != null && (best == null || plan.gain() > best.gain())) {
                    best = plan;
                }
            }
        }
        return best;
    }

    /**
     * The shards in the way, cheapest to displace first: each one's penalty per accelerator it frees in the short
     * slots, worked out once per shard rather than in each comparison, and taken from a heap, as the room is usually
     * made by the first few. Sorting them all, the cost in each comparison, took a sixth of the local search's time on
     * the purchase cases (docs/benchmarks.md, runs AT). Equal costs keep the shuffled order.
     */
    private static PriorityQueue<Displacement> byDisplacementCost(List<Shard> inTheWay, boolean[] shortIn) {
        List<Displacement> costs = new ArrayList<>(inTheWay.size());
        for (int i = 0; i < inTheWay.size(); i++) {
            Shard other = inTheWay.get(i);
            costs.add(new Displacement(other, (double) other.getUnplacedWeight()
                    / Math.max(1L, (long) other.option().accelerators() * countIn(other, shortIn)), i));
        }
        return new PriorityQueue<>(costs);
    }

    /** A shard in the way, what displacing it costs per accelerator freed, and its place in the shuffled order. */
    private record Displacement(Shard shard, double cost, int order) implements Comparable<Displacement> {

        @Override
        public int compareTo(Displacement other) {
            int byCost = Double.compare(cost, other.cost);
            return byCost != 0 ? byCost : Integer.compare(order, other.order);
        }
    }

    /** Puts unplaced shards, the most valuable first, on the pool while they fit; returns their penalty. */
    private static long refill(WorkingPlan view, Room room, PlacementPool pool, Shard shard, List<Change> changes) {
        long placed = 0;
        List<Shard> unplaced = view.unplaced();
        for (int i = 0; i < Math.min(REFILL_CANDIDATES, unplaced.size()); i++) {
            Shard candidate = unplaced.get(i);
            if (candidate != shard && candidate.optionOn(pool) != null && room.fits(candidate, pool)
                    && notYetChanged(candidate, changes)) {
                room.take(candidate, pool);
                changes.add(new Change(candidate, pool));
                placed += candidate.getUnplacedWeight();
            }
        }
        return placed;
    }

    private static boolean notYetChanged(Shard candidate, List<Change> changes) {
        for (Change change : changes) {
            if (change.shard() == candidate) {
                return false;
            }
        }
        return true;
    }

    /** Per slot index, whether the pool lacks accelerators there for the shard. */
    private static boolean[] shortSlots(Room room, Shard shard, PlacementPool pool) {
        boolean[] shortIn = new boolean[pool.slotCount()];
        for (int slot : shard.slotIndices()) {
            shortIn[slot] = isShortIn(room, shard, pool, slot);
        }
        return shortIn;
    }

    /** Slots of {@code other} that are marked. */
    private static int countIn(Shard other, boolean[] marked) {
        int count = 0;
        for (int slot : other.slotIndices()) {
            if (slot < marked.length && marked[slot]) {
                count++;
            }
        }
        return count;
    }

    private static boolean isShort(Room room, Shard shard, PlacementPool pool) {
        for (int slot : shard.slotIndices()) {
            if (isShortIn(room, shard, pool, slot)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortIn(Room room, Shard shard, PlacementPool pool, int slot) {
        return room.acceleratorsShort(shard, pool, slot) > 0 || room.wattsShort(shard, pool, slot) > 0;
    }

    private static boolean isShortOfPower(Room room, Shard shard, PlacementPool pool) {
        for (int slot : shard.slotIndices()) {
            if (room.wattsShort(shard, pool, slot) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether displacing {@code other} frees something the shard still lacks: accelerators in a short slot of
     * the pool (only shards on the pool free those) or power in a slot where the site is short.
     */
    private static boolean freesAShortSlot(Room room, Shard shard, PlacementPool pool, Shard other) {
        for (int slot : shard.slotIndices()) {
            if (!runsIn(other, slot)) {
                continue;
            }
            if ((other.getPool() == pool && room.acceleratorsShort(shard, pool, slot) > 0)
                    || room.wattsShort(shard, pool, slot) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean runsIn(Shard shard, int slot) {
        for (int own : shard.slotIndices()) {
            if (own == slot) {
                return true;
            }
        }
        return false;
    }

    /** A pool of the shard's range, other than the one it leaves, with room for it; from a random start. */
    static @Nullable PlacementPool pickPoolWithRoom(Room room, Shard shard, @Nullable PlacementPool leaving,
            RandomGenerator random) {
        List<PlacementPool> range = shard.getPoolRange();
        if (range.isEmpty()) {
            return null;
        }
        int start = random.nextInt(range.size());
        for (int i = 0; i < range.size(); i++) {
            PlacementPool candidate = range.get((start + i) % range.size());
            if (candidate != leaving && room.fits(shard, candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
