package com.capacityworkbench.solver.rules;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one workload shard would mean on one pool, before looking at anything else placed there:
 * accelerators and power it takes, the rules it breaks on its own (everything but capacity and power,
 * which depend on the other shards), and its cost parts. Egress and porting are shared with other
 * shards and are listed as charges to be paid once.
 *
 * @param periods        the workload's window
 * @param hours          hours in the window
 * @param facilityWatts  accelerators × TDP × (1 + host overhead) × PUE, in every period of the window
 * @param staticBreaks   rules broken regardless of other shards, in {@link HardRule} order
 * @param offPrimary     a first-refusal workload here would sit off the primary provider
 * @param p50LatencyMs   RTT from the site to the users plus serving latency; null when no target applies
 */
public record ShardOnPool(
        Workload workload,
        double demand,
        Pool pool,
        Site site,
        AcceleratorType type,
        int accelerators,
        List<Period> periods,
        double hours,
        double facilityWatts,
        List<RuleBreak> staticBreaks,
        double computeUsd,
        double energyUsd,
        double carbonUsd,
        double tCo2e,
        double premiumUsd,
        boolean offPrimary,
        @Nullable Double p50LatencyMs,
        double latencyOverMs,
        List<EgressCharge> egress,
        @Nullable PortingCharge porting) {

    public ShardOnPool {
        periods = List.copyOf(periods);
        staticBreaks = List.copyOf(staticBreaks);
        egress = List.copyOf(egress);
    }

    public String provider() {
        return site.provider();
    }

    public boolean breaks(HardRule rule) {
        for (RuleBreak b : staticBreaks) {
            if (b.rule() == rule) {
                return true;
            }
        }
        return false;
    }

    public boolean isStaticallyAllowed() {
        return staticBreaks.isEmpty();
    }

    public double facilityMw() {
        return facilityWatts / 1e6;
    }

    /** Facility power in whole watts, as the score sums it. */
    public long roundedWatts() {
        return ScoreUnits.watts(facilityWatts);
    }

    public double acceleratorHours() {
        return accelerators * hours;
    }

    /** Cost of this shard alone (compute, energy, carbon); egress and porting are shared. */
    public double ownCostUsd() {
        return computeUsd + energyUsd + carbonUsd;
    }

    /** Own cost plus every egress and porting charge, as if this shard alone paid them: for comparing candidates. */
    public double standaloneCostUsd() {
        double total = ownCostUsd();
        for (EgressCharge e : egress) {
            total += e.usd();
        }
        return porting == null ? total : total + porting.usd();
    }
}
