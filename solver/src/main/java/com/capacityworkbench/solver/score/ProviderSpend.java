package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.domain.SpendLimit;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the plan pays each provider with a spend term over the term's periods: every shard's hours on the provider's
 * pools (spread evenly over its window, the share inside the range), every offer of the provider bought (its whole
 * commitment spread evenly over its term from the first period used) and the provider's committed pools (constant).
 * One value for the whole plan, made afresh on each change.
 *
 * @param spend per limit, in the policy's order
 */
record ProviderSpend(List<SpendLimit> limits, List<Long> spend) {

    /** Minimums not reached, summed: take-or-pay pays them for nothing. */
    long shortfallUsd() {
        long sum = 0;
        for (int i = 0; i < limits.size(); i++) {
            sum = ScoreUnits.add(sum, Math.max(0, limits.get(i).minimumUsd() - spend.get(i)));
        }
        return sum;
    }

    /** Payments above the caps, in thousands of dollars (rounded up per term). */
    long overCapThousands() {
        long sum = 0;
        for (int i = 0; i < limits.size(); i++) {
            long over = spend.get(i) - limits.get(i).maximumUsd();
            if (limits.get(i).maximumUsd() != Long.MAX_VALUE && over > 0) {
                sum = ScoreUnits.add(sum, Math.ceilDiv(over, 1_000L));
            }
        }
        return sum;
    }

    /** Sums the plan's payments for the spend terms of the shards' policy (one policy per plan). */
    static UniConstraintCollector<Shard, Tally, ProviderSpend> collector() {
        return ShardCollector.of(Tally::new, Tally::add, Tally::spend);
    }

    /** The running sums: the shards' shares per limit, and a use tally per offer pool. */
    static final class Tally {
        private List<SpendLimit> limits = List.of();
        private long[] hours = new long[0];
        private final Map<PlacementPool, OfferUse.Tally> offers = new IdentityHashMap<>();
        private final Map<PlacementPool, Integer> shardsOnOffer = new IdentityHashMap<>();

        private Runnable add(Shard shard) {
            if (hours.length == 0 && !shard.getPolicy().spendLimits().isEmpty()) {
                limits = shard.getPolicy().spendLimits();
                hours = new long[limits.size()];
            }
            PlacementPool pool = shard.getPool();
            if (pool == null) {
                return () -> { };
            }
            if (pool.getOffer() != null) {
                Runnable undo = offers.computeIfAbsent(pool, p -> new OfferUse.Tally()).add(shard);
                shardsOnOffer.merge(pool, 1, Integer::sum);
                return () -> {
                    undo.run();
                    if (shardsOnOffer.merge(pool, -1, Integer::sum) == 0) {
                        shardsOnOffer.remove(pool);
                        offers.remove(pool);
                    }
                };
            }
            long[] parts = new long[limits.size()];
            int[] slots = shard.slotIndices();
            for (int i = 0; i < parts.length; i++) {
                SpendLimit limit = limits.get(i);
                if (limit.provider().equals(pool.getProvider())) {
                    parts[i] = SpendLimit.share(shard.option().computeUsd(), limit.overlap(slots), slots.length);
                    hours[i] = ScoreUnits.add(hours[i], parts[i]);
                }
            }
            return () -> {
                for (int i = 0; i < parts.length; i++) {
                    hours[i] -= parts[i];
                }
            };
        }

        private ProviderSpend spend() {
            List<Long> spend = new ArrayList<>(limits.size());
            for (int i = 0; i < limits.size(); i++) {
                SpendLimit limit = limits.get(i);
                long total = ScoreUnits.add(hours[i], limit.sunkUsd());
                for (Map.Entry<PlacementPool, OfferUse.Tally> e : offers.entrySet()) {
                    OfferTerms terms = e.getKey().getOffer();
                    if (e.getKey().getProvider().equals(limit.provider())) {
                        OfferUse use = e.getValue().use();
                        total = ScoreUnits.add(total, SpendLimit.share(terms.committedUsd(use.peak()),
                                limit.overlap(use.firstSlot(), terms.termSlots()), terms.termSlots()));
                    }
                }
                spend.add(total);
            }
            return new ProviderSpend(limits, spend);
        }
    }
}
