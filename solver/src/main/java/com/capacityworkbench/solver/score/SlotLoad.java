package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What the shards on one pool (or at one site) use, period by period, and how far that goes over the limit.
 * Grouping per pool with this collector keeps one tuple per shard; grouping per (pool, period) made a move
 * retract and insert one tuple per period of the shard's window, which cost most of the move speed
 * (docs/benchmarks.md, proposal P1).
 *
 * @param <R> the resource the load is limited on: a pool or a site
 */
final class SlotLoad<R> {

    /** The limit of a resource in one slot, and the penalty for going over it. */
    interface Limit<R> {
        int slots(R resource);

        long overflow(R resource, int slot, long used);
    }

    private final Limit<R> limit;
    private R resource;
    private long[] used;

    private SlotLoad(Limit<R> limit) {
        this.limit = limit;
    }

    /**
     * Sums {@code amount} of every shard into each slot of its window on its {@code resource}; the result is the
     * total overflow over all slots (0 when every slot is within the limit).
     */
    static <R> UniConstraintCollector<Shard, SlotLoad<R>, Long> overflow(Function<Shard, R> resourceOf,
            ToLongFunction<Shard> amount, Limit<R> limit) {
        return ShardCollector.of(() -> new SlotLoad<>(limit),
                (load, shard) -> load.add(resourceOf.apply(shard), shard, amount.applyAsLong(shard)), SlotLoad::overflow);
    }

    private Runnable add(R onResource, Shard shard, long amount) {
        if (used == null) {
            resource = onResource;
            used = new long[limit.slots(onResource)];
        }
        int[] slots = shard.slotIndices();
        for (int slot : slots) {
            used[slot] = ScoreUnits.add(used[slot], amount);
        }
        return () -> {
            for (int slot : slots) {
                used[slot] -= amount;
            }
        };
    }

    /** A fresh value each time: Timefold compares results to see whether the group changed. */
    private Long overflow() {
        long over = 0;
        if (used != null) {
            for (int slot = 0; slot < used.length; slot++) {
                over = ScoreUnits.add(over, limit.overflow(resource, slot, used[slot]));
            }
        }
        return over;
    }
}
