package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Accelerator-hours per provider and in all, over the placed shards. One collector instead of a group per
 * provider joined with the total: every move changes the total, and the join then updated one tuple per
 * provider, which cost a fifth of the move speed at 15,000 shards.
 */
final class ProviderHours {

    private final Map<String, long[]> byProvider = new LinkedHashMap<>();
    private long total;

    /** The hours as they stand, for one score calculation. */
    record Snapshot(long[] hoursByProvider, long total) {

        /** Hours above {@code maxSharePct} of the total, summed over the providers that are above it. */
        long excessOver(double maxSharePct) {
            long excess = 0;
            for (long hours : hoursByProvider) {
                excess += ScoreUnits.shareExcess(hours, total, maxSharePct);
            }
            return excess;
        }
    }

    static UniConstraintCollector<Shard, ProviderHours, Snapshot> collector() {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<ProviderHours> supplier() {
                return ProviderHours::new;
            }

            @Override
            public BiFunction<ProviderHours, Shard, Runnable> accumulator() {
                return (hours, shard) -> hours.add(shard.getPool().getProvider(), shard.option().acceleratorHours());
            }

            @Override
            public Function<ProviderHours, Snapshot> finisher() {
                return ProviderHours::snapshot;
            }
        };
    }

    private Runnable add(String provider, long hours) {
        long[] sum = byProvider.computeIfAbsent(provider, p -> new long[1]);
        sum[0] += hours;
        total += hours;
        return () -> {
            sum[0] -= hours;
            total -= hours;
        };
    }

    private Snapshot snapshot() {
        long[] hours = new long[byProvider.size()];
        int i = 0;
        for (long[] sum : byProvider.values()) {
            hours[i++] = sum[0];
        }
        return new Snapshot(hours, total);
    }
}
