package com.capacityworkbench.solver.move;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Room;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What a planner does when a big job does not fit: put it on a pool anyway, take off that pool the
 * least important shards in its way, and find each of them another pool with room, or leave it
 * unplaced. Change and swap moves cannot do this (each step alone makes the plan worse), and random
 * ruin-and-recreate seldom picks the right shards.
 *
 * @param changes the shard first, then the shards it displaced, each with its new pool (null: unplaced)
 */
record MakeRoom(List<Change> changes) {

    /** One shard onto a pool, or off every pool. */
    record Change(Shard shard, @Nullable PlacementPool pool) {
    }

    /** Cheapest to displace first: the least unplaced-demand penalty per accelerator it frees. */
    private static final Comparator<Shard> LEAST_VALUE_PER_ACCELERATOR = Comparator.comparingDouble(
            shard -> (double) shard.getUnplacedWeight() / Math.max(1, shard.option().accelerators()));

    /**
     * Plans making room for {@code shard} on {@code pool} in the solution as it is now.
     *
     * @return null when the pool cannot be cleared of enough shards (pinned ones are in the way)
     */
    static @Nullable MakeRoom plan(PlacementSolution solution, Shard shard, PlacementPool pool, RandomGenerator random) {
        Room room = Room.of(solution);
        if (shard.getPool() != null) {
            room.release(shard, shard.getPool());
        }
        List<Shard> inTheWay = new ArrayList<>();
        for (Shard other : solution.getShards()) {
            if (other != shard && other.getPool() == pool) {
                inTheWay.add(other);
            }
        }
        Collections.shuffle(inTheWay, random);
        inTheWay.sort(LEAST_VALUE_PER_ACCELERATOR);

        List<Shard> displaced = new ArrayList<>();
        for (Shard other : inTheWay) {
            if (!isShort(room, shard, pool)) {
                break;
            }
            if (!other.isPinned() && freesAShortSlot(room, shard, pool, other)) {
                room.release(other, pool);
                displaced.add(other);
            }
        }
        if (isShort(room, shard, pool)) {
            return null;
        }
        room.take(shard, pool);

        List<Change> changes = new ArrayList<>();
        changes.add(new Change(shard, pool));
        displaced.sort(Comparator.comparingLong(Shard::getUnplacedWeight).reversed());
        for (Shard other : displaced) {
            PlacementPool elsewhere = pickPoolWithRoom(room, other, pool, random);
            if (elsewhere != null) {
                room.take(other, elsewhere);
            }
            changes.add(new Change(other, elsewhere));
        }
        return new MakeRoom(changes);
    }

    private static boolean isShort(Room room, Shard shard, PlacementPool pool) {
        for (int slot : shard.slotIndices()) {
            if (room.acceleratorsShort(shard, pool, slot) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code other} runs in a slot of the shard's window where the shard is still short. */
    private static boolean freesAShortSlot(Room room, Shard shard, PlacementPool pool, Shard other) {
        for (int slot : shard.slotIndices()) {
            if (room.acceleratorsShort(shard, pool, slot) > 0 && runsIn(other, slot)) {
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
    private static @Nullable PlacementPool pickPoolWithRoom(Room room, Shard shard, PlacementPool leaving,
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
