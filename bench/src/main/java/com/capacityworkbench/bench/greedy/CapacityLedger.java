package com.capacityworkbench.bench.greedy;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.HashMap;
import java.util.Map;

/** What is already taken, per pool and period (accelerators) and per site and period (facility watts). */
final class CapacityLedger {

    private record Key(String id, Period period) {
    }

    private final Map<Key, Long> accelerators = new HashMap<>();
    private final Map<Key, Long> watts = new HashMap<>();

    /** True when the shard fits its pool's count and its site's power cap in every period of its window. */
    boolean fits(ShardOnPool on) {
        for (Period period : on.periods()) {
            long used = accelerators.getOrDefault(new Key(on.pool().id(), period), 0L);
            if (used + on.accelerators() > on.pool().countIn(period)) {
                return false;
            }
            Double cap = on.site().powerCapIn(period);
            long drawn = watts.getOrDefault(new Key(on.site().id(), period), 0L);
            if (cap != null && drawn + on.roundedWatts() > ScoreUnits.capWatts(cap)) {
                return false;
            }
        }
        return true;
    }

    void take(ShardOnPool on) {
        for (Period period : on.periods()) {
            accelerators.merge(new Key(on.pool().id(), period), (long) on.accelerators(), Long::sum);
            watts.merge(new Key(on.site().id(), period), on.roundedWatts(), Long::sum);
        }
    }
}
