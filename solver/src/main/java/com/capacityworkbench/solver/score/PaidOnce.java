package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import com.capacityworkbench.solver.domain.Shard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Charges that are paid once however many shards incur them (a dataset copied to a site, a workload ported
 * to a family): each charge counted by how many placed shards carry it, the total over those carried at
 * least once. One collector instead of flattening each shard's charges into tuples and keeping them distinct,
 * which cost a third of the move speed at 15,000 shards.
 *
 * @param <C> the charge, equal when it is the same thing paid for
 */
final class PaidOnce<C> {

    private final ToLongFunction<C> dollars;
    private final Map<C, int[]> carriers = new HashMap<>();
    private long total;

    private PaidOnce(ToLongFunction<C> dollars) {
        this.dollars = dollars;
    }

    /** The dollars of every distinct charge the shards carry, each counted once. */
    static <C> UniConstraintCollector<Shard, PaidOnce<C>, Long> total(Function<Shard, List<C>> chargesOf,
            ToLongFunction<C> dollars) {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<PaidOnce<C>> supplier() {
                return () -> new PaidOnce<>(dollars);
            }

            @Override
            public BiFunction<PaidOnce<C>, Shard, Runnable> accumulator() {
                return (paid, shard) -> paid.add(chargesOf.apply(shard));
            }

            @Override
            public Function<PaidOnce<C>, Long> finisher() {
                return paid -> paid.total;
            }
        };
    }

    private Runnable add(List<C> charges) {
        for (C charge : charges) {
            int[] count = carriers.computeIfAbsent(charge, c -> new int[1]);
            if (count[0]++ == 0) {
                total += dollars.applyAsLong(charge);
            }
        }
        return () -> {
            for (C charge : charges) {
                int[] count = carriers.get(charge);
                if (--count[0] == 0) {
                    carriers.remove(charge);
                    total -= dollars.applyAsLong(charge);
                }
            }
        };
    }
}
