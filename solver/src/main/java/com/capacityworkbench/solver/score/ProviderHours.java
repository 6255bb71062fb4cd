package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.Arrays;

/**
 * Accelerator-hours per provider and in all, over the placed shards. One collector instead of a group per
 * provider joined with the total: every move changes the total, and the join then updated one tuple per
 * provider, which cost a fifth of the move speed at 15,000 shards.
 */
final class ProviderHours {

    // A handful of providers: a short array scan is cheaper than hashing the name at every move.
    private String[] providers = new String[8];
    private long[] hoursByProvider = new long[8];
    private int providerCount;
    private long total;

    /** The hours as they stand, for one score calculation. */
    record Snapshot(long[] hoursByProvider, long total) {

        /** Hours above {@code maxSharePct} of the total, summed over the providers that are above it. */
        long excessOver(double maxSharePct) {
            long excess = 0;
            for (long hours : hoursByProvider) {
                excess = ScoreUnits.add(excess, ScoreUnits.shareExcess(hours, total, maxSharePct));
            }
            return excess;
        }
    }

    static UniConstraintCollector<Shard, ProviderHours, Snapshot> collector() {
        return ShardCollector.of(ProviderHours::new,
                (hours, shard) -> hours.add(shard.getPool().getProvider(), shard.option().acceleratorHours()),
                ProviderHours::snapshot);
    }

    private Runnable add(String provider, long hours) {
        int index = indexOf(provider);
        hoursByProvider[index] = ScoreUnits.add(hoursByProvider[index], hours);
        total = ScoreUnits.add(total, hours);
        return () -> {
            hoursByProvider[index] -= hours;
            total -= hours;
        };
    }

    private int indexOf(String provider) {
        for (int i = 0; i < providerCount; i++) {
            if (providers[i].equals(provider)) {
                return i;
            }
        }
        if (providerCount == providers.length) {
            providers = Arrays.copyOf(providers, providerCount * 2);
            hoursByProvider = Arrays.copyOf(hoursByProvider, providerCount * 2);
        }
        providers[providerCount] = provider;
        return providerCount++;
    }

    private Snapshot snapshot() {
        return new Snapshot(Arrays.copyOf(hoursByProvider, providerCount), total);
    }
}
