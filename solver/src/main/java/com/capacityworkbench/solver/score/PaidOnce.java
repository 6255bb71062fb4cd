package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import com.capacityworkbench.solver.domain.PaidCharges;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Charges that are paid once however many shards incur them (a dataset copied to a site, a workload ported
 * to a family): each charge counted by how many placed shards carry it, the total over those carried at
 * least once. One collector instead of flattening each shard's charges into tuples and keeping them distinct,
 * which cost a third of the move speed at 15,000 shards; the charges are counted by their number in the plan
 * ({@link com.capacityworkbench.solver.domain.ChargeKeys}), since hashing them was another 8 % of the
 * solver thread.
 */
final class PaidOnce {

    private int[] carriers = new int[16];
    private long total;

    /** The dollars of every distinct charge the shards carry, each counted once. */
    static UniConstraintCollector<Shard, PaidOnce, Long> total(Function<Shard, PaidCharges> chargesOf) {
        return ShardCollector.of(PaidOnce::new, (paid, shard) -> paid.add(chargesOf.apply(shard)),
                paid -> paid.total);
    }

    private Runnable add(PaidCharges charges) {
        int[] keys = charges.keys();
        long[] usd = charges.usd();
        for (int i = 0; i < keys.length; i++) {
            int key = keys[i];
            if (key >= carriers.length) {
                carriers = Arrays.copyOf(carriers, Math.max(key + 1, carriers.length * 2));
            }
            if (carriers[key]++ == 0) {
                total = ScoreUnits.add(total, usd[i]);
            }
        }
        return () -> {
            for (int i = 0; i < keys.length; i++) {
                if (--carriers[keys[i]] == 0) {
                    total -= usd[i];
                }
            }
        };
    }
}
