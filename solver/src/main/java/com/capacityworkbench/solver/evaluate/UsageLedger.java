package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PeriodLength;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accelerators used per pool and period, and facility watts per site and period, summed over shards. Per pool (site)
 * the figures sit in an array by period: explaining a 20,000-workload plan asks some 36 million of them, and a map
 * keyed by (pool, period) spent its time hashing and comparing the keys.
 */
final class UsageLedger {

    /** One pool's or site's figures by period, from the first period the ledger holds. */
    private static final class ByPeriod {

        private final long[] values;

        ByPeriod(int periods) {
            values = new long[periods];
        }
    }

    private final Map<String, ByPeriod> accelerators = new HashMap<>();
    private final Map<String, ByPeriod> watts = new HashMap<>();
    private final int firstOrdinal;
    private final int periods;
    private final PeriodLength length;

    private UsageLedger(int firstOrdinal, int periods, PeriodLength length) {
        this.firstOrdinal = firstOrdinal;
        this.periods = periods;
        this.length = length;
    }

    static UsageLedger of(List<EvaluatedShard> shards) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        PeriodLength length = null;
        for (EvaluatedShard shard : shards) {
            if (shard.figures() != null) {
                for (Period p : shard.figures().periods()) {
                    first = Math.min(first, p.ordinal());
                    last = Math.max(last, p.ordinal());
                    length = p.length();
                }
            }
        }
        UsageLedger ledger = length == null ? new UsageLedger(0, 0, null) : new UsageLedger(first, last - first + 1, length);
        for (EvaluatedShard shard : shards) {
            if (shard.figures() != null) {
                ledger.add(shard.figures());
            }
        }
        return ledger;
    }

    private void add(ShardOnPool figures) {
        ByPeriod pool = accelerators.computeIfAbsent(figures.pool().id(), id -> new ByPeriod(periods));
        ByPeriod site = watts.computeIfAbsent(figures.site().id(), id -> new ByPeriod(periods));
        for (Period p : figures.periods()) {
            int i = index(p);
            pool.values[i] = ScoreUnits.add(pool.values[i], figures.accelerators());
            site.values[i] = ScoreUnits.add(site.values[i], figures.roundedWatts());
        }
    }

    long accelerators(String pool, Period period) {
        return read(accelerators.get(pool), period);
    }

    long watts(String site, Period period) {
        return read(watts.get(site), period);
    }

    private long read(ByPeriod figures, Period period) {
        if (figures == null || period.length() != length) {
            return 0;
        }
        int i = period.ordinal() - firstOrdinal;
        return i < 0 || i >= periods ? 0 : figures.values[i];
    }

    private int index(Period period) {
        int i = period.ordinal() - firstOrdinal;
        if (period.length() != length || i < 0 || i >= periods) {
            // Only the plan's own shards are added, and the ledger spans their periods.
            throw new IllegalArgumentException("period " + period + " outside the ledger's " + periods + " periods");
        }
        return i;
    }
}
