package com.capacityworkbench.solver.move;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.Room;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What a planner does with a purchase that hardly pays: move its work elsewhere and buy less. All the shards on a
 * bought pool (an offer's or a build-out's), or those running in its busiest period (a block less), go to other
 * pools with room, capacity already paid for first. The blocks are paid for the busiest period whether used or not,
 * so a single change or swap gives none of them back until the last shard has left; each step alone is worse.
 */
final class OfferRelease {

    private OfferRelease() {
    }

    /**
     * Plans a release of one bought pool in use, at random, in the plan the view shows.
     *
     * @param bought the plan's bought pools, fixed for a solve
     * @return the shards that change place, each with its new pool; empty when one of them fits nowhere else
     */
    static List<MakeRoom.Change> plan(WorkingPlan view, List<PlacementPool> bought, RandomGenerator random) {
        List<PlacementPool> used = new ArrayList<>();
        for (PlacementPool pool : bought) {
            if (view.on(pool).stream().anyMatch(shard -> !shard.isPinned())) {
                used.add(pool);
            }
        }
        if (used.isEmpty()) {
            return List.of();
        }
        PlacementPool released = used.get(random.nextInt(used.size()));
        // Pinned shards stay where the planner put them.
        List<Shard> leaving = new ArrayList<>((random.nextBoolean() ? view.on(released) : busiest(view, released))
                .stream().filter(shard -> !shard.isPinned()).toList());
        Room room = view.room();
        leaving.forEach(shard -> room.release(shard, released));
        // The biggest first: they are the hardest to fit.
        Collections.shuffle(leaving, random);
        leaving.sort(Comparator.comparingInt((Shard shard) -> shard.option().accelerators()).reversed());
        List<MakeRoom.Change> changes = new ArrayList<>();
        for (Shard shard : leaving) {
            PlacementPool to = destination(view, room, shard, released, random);
            if (to == null) {
                return List.of();
            }
            room.take(shard, to);
            changes.add(new MakeRoom.Change(shard, to));
        }
        return changes;
    }

    /** The shards on the pool that run in the period it has the most accelerators in use. */
    private static List<Shard> busiest(WorkingPlan view, PlacementPool pool) {
        long[] inUse = new long[pool.slotCount()];
        for (Shard shard : view.on(pool)) {
            for (int slot : shard.slotIndices()) {
                inUse[slot] += shard.option().accelerators();
            }
        }
        int peak = 0;
        for (int slot = 1; slot < inUse.length; slot++) {
            if (inUse[slot] > inUse[peak]) {
                peak = slot;
            }
        }
        List<Shard> running = new ArrayList<>();
        for (Shard shard : view.on(pool)) {
            for (int slot : shard.slotIndices()) {
                if (slot == peak) {
                    running.add(shard);
                    break;
                }
            }
        }
        return running;
    }

    /**
     * A pool of the shard's range other than the released one, with room: among those paid for already (not bought,
     * or bought and in use) half the time the one with the least compute cost, else a random one; only when none of
     * those has room, any other (another purchase).
     */
    private static @Nullable PlacementPool destination(WorkingPlan view, Room room, Shard shard,
            PlacementPool released, RandomGenerator random) {
        List<PlacementPool> paid = new ArrayList<>();
        List<PlacementPool> other = new ArrayList<>();
        for (PlacementPool pool : shard.getPoolRange()) {
            if (pool != released && room.fits(shard, pool)) {
                (!pool.isBought() || !view.on(pool).isEmpty() ? paid : other).add(pool);
            }
        }
        List<PlacementPool> fitting = paid.isEmpty() ? other : paid;
        if (fitting.isEmpty()) {
            return null;
        }
        if (random.nextBoolean()) {
            return fitting.get(random.nextInt(fitting.size()));
        }
        return Collections.min(fitting, Comparator.comparingLong((PlacementPool pool) -> shard.optionOn(pool).computeUsd()));
    }
}
