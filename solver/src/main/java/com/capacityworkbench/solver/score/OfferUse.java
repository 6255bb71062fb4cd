package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the shards on one pool bought from an offer use it: the accelerators at the busiest period, the first and
 * last period used, and what their hours pay at the committed price. A fresh value per change, as Timefold compares
 * results to see whether a group changed.
 *
 * @param peak      accelerators used in the busiest period
 * @param firstSlot first period slot used; -1 when none is
 * @param lastSlot  last period slot used; -1 when none is
 * @param usedUsd   the shards' own compute at the committed price, whole dollars
 */
record OfferUse(long peak, int firstSlot, int lastSlot, long usedUsd) {

    /** The blocks bought for this use, for the whole term, less what the shards' hours already pay. */
    long unusedUsd(OfferTerms terms) {
        return Math.max(0, terms.committedUsd(peak) - usedUsd);
    }

    /** Periods used beyond what one purchase covers (the purchase starts in the first period used). */
    long periodsBeyondTerm(OfferTerms terms) {
        return firstSlot < 0 ? 0 : Math.max(0, lastSlot - firstSlot + 1 - terms.termSlots());
    }

    /** Sums the shards on a pool into their periods. */
    static UniConstraintCollector<Shard, Tally, OfferUse> collector() {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<Tally> supplier() {
                return Tally::new;
            }

            @Override
            public BiFunction<Tally, Shard, Runnable> accumulator() {
                return Tally::add;
            }

            @Override
            public Function<Tally, OfferUse> finisher() {
                return Tally::use;
            }
        };
    }

    /** The running sums behind an {@link OfferUse}. */
    static final class Tally {
        private long[] used;
        private int[] shards;
        private long usedUsd;

        private Runnable add(Shard shard) {
            if (used == null) {
                used = new long[shard.getPool().slotCount()];
                shards = new int[used.length];
            }
            long accelerators = shard.option().accelerators();
            long usd = shard.option().computeUsd();
            int[] slots = shard.slotIndices();
            for (int slot : slots) {
                used[slot] = ScoreUnits.add(used[slot], accelerators);
                shards[slot]++;
            }
            usedUsd = ScoreUnits.add(usedUsd, usd);
            return () -> {
                for (int slot : slots) {
                    used[slot] -= accelerators;
                    shards[slot]--;
                }
                usedUsd -= usd;
            };
        }

        private OfferUse use() {
            long peak = 0;
            int first = -1;
            int last = -1;
            if (used != null) {
                for (int slot = 0; slot < used.length; slot++) {
                    peak = Math.max(peak, used[slot]);
                    if (shards[slot] > 0) {
                        first = first < 0 ? slot : first;
                        last = slot;
                    }
                }
            }
            return new OfferUse(peak, first, last, usedUsd);
        }
    }
}
