package com.capacityworkbench.solver.move;

import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.Room;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;

/**
 * What a planner does with a purchase that hardly pays: move its work elsewhere and buy less. All the shards on a
 * bought pool (an offer's or a build-out's), or enough of them for a block less, go to other pools with room,
 * capacity already paid for first. The blocks are paid for the busiest period whether used or not,
 * so a single change or swap gives none of them back until the last shard has left; each step alone is worse.
 */
final class OfferRelease {

    private OfferRelease() {
    }

    /**
     * Plans a release of one bought pool in use, in the plan the view shows: half the time any at random, half the
     * time an offer's drawn by what it leaves idle ({@link #mostIdle}).
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
        PlacementPool released = random.nextBoolean() ? used.get(random.nextInt(used.size())) : mostIdle(view, used, random);
        // Pinned shards stay where the planner put them.
        List<Shard> leaving = new ArrayList<>((random.nextBoolean() ? view.on(released) : aBlockLess(view, released, random))
                .stream().filter(shard -> !shard.isPinned()).toList());
        if (leaving.isEmpty()) {
            return List.of();
        }
        try (Room.Trial trial = view.roomTrial()) {
            return moveOff(view, trial.room(), leaving, released, random);
        }
    }

    /** Where the leaving shards go instead, each to a pool with room for it; empty when one fits nowhere. */
    private static List<MakeRoom.Change> moveOff(WorkingPlan view, Room room, List<Shard> leaving,
            PlacementPool released, RandomGenerator random) {
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

    /**
     * An offer's pool drawn by how much of what it pays for lies idle (accelerator-periods of its blocks over its term,
     * less those in use): the purchases that pay least are the likeliest to be worth giving back. Any pool in use at
     * random when none is an offer's.
     */
    private static PlacementPool mostIdle(WorkingPlan view, List<PlacementPool> used, RandomGenerator random) {
        List<PlacementPool> offers = new ArrayList<>();
        List<Long> idle = new ArrayList<>();
        long total = 0;
        for (PlacementPool pool : used) {
            OfferTerms offer = pool.getOffer();
            if (offer == null) {
                continue;
            }
            long[] inUse = inUse(view, pool);
            long paid = offer.blocksFor(LongStream.of(inUse).max().orElse(0)) * offer.blockSize() * offer.termSlots();
            long free = Math.max(1, paid - LongStream.of(inUse).sum());
            offers.add(pool);
            idle.add(free);
            total += free;
        }
        if (offers.isEmpty()) {
            return used.get(random.nextInt(used.size()));
        }
        long pick = random.nextLong(total);
        for (int i = 0; i < offers.size(); i++) {
            pick -= idle.get(i);
            if (pick < 0) {
                return offers.get(i);
            }
        }
        return offers.getLast();
    }

    /**
     * Shards whose leaving takes the pool one block lower: on an offer's pool, in every period above one block less
     * than it pays for, shards running then (at random) until the period is within it; all of its shards when one
     * block less is below the offer's minimum. A build-out's pool has no blocks: the shards of its busiest period.
     * Empty when pinned shards hold the pool where it is.
     */
    private static List<Shard> aBlockLess(WorkingPlan view, PlacementPool pool, RandomGenerator random) {
        OfferTerms offer = pool.getOffer();
        if (offer == null) {
            return busiest(view, pool);
        }
        long[] inUse = inUse(view, pool);
        long blocks = offer.blocksFor(LongStream.of(inUse).max().orElse(0));
        if (blocks - 1 < Math.max(1, offer.minBlocks())) {
            return view.on(pool);
        }
        long within = (blocks - 1) * offer.blockSize();
        List<Shard> staying = new ArrayList<>(view.on(pool).stream().filter(shard -> !shard.isPinned()).toList());
        Collections.shuffle(staying, random);
        List<Shard> leaving = new ArrayList<>();
        for (int slot = 0; slot < inUse.length; slot++) {
            while (inUse[slot] > within) {
                Shard shard = runningIn(staying, slot);
                if (shard == null) {
                    return List.of();
                }
                staying.remove(shard);
                leaving.add(shard);
                for (int s : shard.slotIndices()) {
                    inUse[s] -= shard.option().accelerators();
                }
            }
        }
        return leaving;
    }

    private static @Nullable Shard runningIn(List<Shard> shards, int slot) {
        return shards.stream().filter(shard -> runsIn(shard, slot)).findFirst().orElse(null);
    }

    private static boolean runsIn(Shard shard, int slot) {
        for (int s : shard.slotIndices()) {
            if (s == slot) {
                return true;
            }
        }
        return false;
    }

    /** Accelerators in use on the pool, by period. */
    private static long[] inUse(WorkingPlan view, PlacementPool pool) {
        long[] inUse = new long[pool.slotCount()];
        for (Shard shard : view.on(pool)) {
            for (int slot : shard.slotIndices()) {
                inUse[slot] += shard.option().accelerators();
            }
        }
        return inUse;
    }

    /** The shards on the pool that run in the period it has the most accelerators in use. */
    private static List<Shard> busiest(WorkingPlan view, PlacementPool pool) {
        long[] inUse = inUse(view, pool);
        // The first of the busiest periods, as a tie.
        int peak = IntStream.range(0, inUse.length).reduce((a, b) -> inUse[b] > inUse[a] ? b : a).orElse(0);
        return view.on(pool).stream().filter(shard -> runsIn(shard, peak)).toList();
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
