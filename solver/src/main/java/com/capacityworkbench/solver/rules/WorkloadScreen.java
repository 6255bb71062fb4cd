package com.capacityworkbench.solver.rules;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One workload's look at the pools while a problem is built. What depends on the site only (sovereign cloud,
 * residency, data staging, egress, the distance to its users) or on the accelerator type only (software family,
 * memory) is worked out once per site and type, not once per pool: a 20,000 × 1,000 problem asks 20 million pairs
 * of a few hundred sites and a dozen types, and explaining its unplaced work another two million. The figures are
 * {@link PlacementCalculator#assess}'s (StaticallyAllowedTest compares them pair by pair). One per workload, on one
 * thread.
 */
public final class WorkloadScreen {

    /** What the workload meets at one site: the rules it breaks there, its data's egress, the round trip to its users. */
    private record AtSite(List<RuleBreak> breaks, List<EgressCharge> egress, @Nullable Double rttMs) {
    }

    private final PlacementCalculator calculator;
    private final Workload workload;
    private final List<Period> periods;
    private final Map<String, AtSite> sites = new HashMap<>();
    private final Map<String, Boolean> types = new HashMap<>();

    WorkloadScreen(PlacementCalculator calculator, Workload workload, List<Period> periods) {
        this.calculator = calculator;
        this.workload = workload;
        this.periods = periods;
    }

    public Workload workload() {
        return workload;
    }

    /** Whether the workload may use the pool at all: {@link PlacementCalculator#isStaticallyAllowed}. */
    public boolean allows(Pool pool) {
        if (workload.excludes(pool.id()) || calculator.unavailable(pool, periods)) {
            return false;
        }
        AcceleratorType type = calculator.lookup().acceleratorOf(pool);
        return types.computeIfAbsent(type.id(), t -> calculator.typeAllows(workload, type))
                && atSite(calculator.lookup().siteOf(pool)).breaks().isEmpty();
    }

    /** A shard of this size on a pool the screen {@link #allows}: no rule checks left to make, so none are made. */
    public ShardOnPool assess(double demand, Pool pool) {
        Site site = calculator.lookup().siteOf(pool);
        AcceleratorType type = calculator.lookup().acceleratorOf(pool);
        AtSite at = atSite(site);
        return calculator.figures(workload, demand, pool, site, type, periods, List.of(), at.egress(), p50(at, type));
    }

    /** A shard of this size on any pool, with the rules it breaks there: {@link PlacementCalculator#assess}. */
    public ShardOnPool assessAny(double demand, Pool pool) {
        Site site = calculator.lookup().siteOf(pool);
        AcceleratorType type = calculator.lookup().acceleratorOf(pool);
        AtSite at = atSite(site);
        return calculator.figures(workload, demand, pool, site, type, periods,
                calculator.staticBreaks(workload, pool, type, periods, at.breaks()), at.egress(), p50(at, type));
    }

    /** As {@link PlacementCalculator}'s: the round trip plus the type's serving latency, added in that order. */
    private static @Nullable Double p50(AtSite at, AcceleratorType type) {
        return at.rttMs() == null ? null : at.rttMs() + type.servingLatencyMs();
    }

    private AtSite atSite(Site site) {
        return sites.computeIfAbsent(site.id(), id -> new AtSite(calculator.siteBreaks(workload, site),
                calculator.egressTo(workload, site), calculator.rttToUsersMs(workload, site)));
    }
}
