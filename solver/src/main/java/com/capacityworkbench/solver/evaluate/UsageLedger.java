package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accelerators used per pool and period, and facility watts per site and period, summed over shards. */
final class UsageLedger {

    private record PoolPeriod(String pool, Period period) {
    }

    private record SitePeriod(String site, Period period) {
    }

    private final Map<PoolPeriod, Long> accelerators = new HashMap<>();
    private final Map<SitePeriod, Long> watts = new HashMap<>();

    static UsageLedger of(List<EvaluatedShard> shards) {
        UsageLedger ledger = new UsageLedger();
        for (EvaluatedShard shard : shards) {
            if (shard.figures() != null) {
                ledger.add(shard.figures(), 1);
            }
        }
        return ledger;
    }

    void add(ShardOnPool figures, int sign) {
        for (Period p : figures.periods()) {
            accelerators.merge(new PoolPeriod(figures.pool().id(), p), (long) sign * figures.accelerators(), ScoreUnits::add);
            watts.merge(new SitePeriod(figures.site().id(), p), sign * figures.roundedWatts(), ScoreUnits::add);
        }
    }

    long accelerators(String pool, Period period) {
        return accelerators.getOrDefault(new PoolPeriod(pool, period), 0L);
    }

    long watts(String site, Period period) {
        return watts.getOrDefault(new SitePeriod(site, period), 0L);
    }
}
