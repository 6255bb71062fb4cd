package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import com.capacityworkbench.solver.domain.Shard;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A constraint collector over shards from its three parts: a fresh running tally, how a shard goes into it (and
 * comes out again: the {@link Runnable} it returns), and the value it gives. The score's own collectors (a pool's
 * load per period, providers' hours and spend, an offer's use, once-paid charges) are each one of these.
 */
final class ShardCollector {

    private ShardCollector() {
    }

    static <T, R> UniConstraintCollector<Shard, T, R> of(Supplier<T> tally, BiFunction<T, Shard, Runnable> add,
            Function<T, R> result) {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<T> supplier() {
                return tally;
            }

            @Override
            public BiFunction<T, Shard, Runnable> accumulator() {
                return add;
            }

            @Override
            public Function<T, R> finisher() {
                return result;
            }
        };
    }
}
