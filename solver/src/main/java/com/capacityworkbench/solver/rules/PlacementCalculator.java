package com.capacityworkbench.solver.rules;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Geography;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The placement rules and cost formulas for one workload shard on one pool. Both the solver's problem
 * facts and the plan evaluator are built from these figures, so a rule means the same everywhere.
 */
public final class PlacementCalculator {

    private final ScenarioIndex lookup;
    private final Policies policies;
    private final double periodHours;
    /**
     * The scenario's pools' counts per period of their window, worked out up front: Pool.countIn reads its ramp
     * afresh on every call and is asked millions of times, and a map filled up front can be read by the threads that
     * build a large plan's options and explanations in parallel.
     */
    private final Map<Pool, Map<Period, Integer>> counts = new IdentityHashMap<>();
    /**
     * Per pool, how many periods of its window before each one have no accelerators: whether a workload's window
     * finds accelerators in every period is then one subtraction, asked for 20 million workload × pool pairs at
     * 20,000 × 1,000 (a look at each period of the window was a tenth of building the problem).
     */
    private final Map<Pool, int[]> emptyBefore = new IdentityHashMap<>();
    /** Per site of the scenario, whether its provider builds its own (energy is then paid): asked for every figure. */
    private final Map<Site, Boolean> selfBuiltProvider = new IdentityHashMap<>();

    public PlacementCalculator(ScenarioIndex lookup) {
        this.lookup = lookup;
        this.policies = lookup.scenario().policies();
        this.periodHours = lookup.scenario().horizon().length().hours();
        for (Pool pool : lookup.scenario().pools()) {
            Map<Period, Integer> byPeriod = new HashMap<>();
            if (pool.from().length() == pool.to().length()) {
                int[] empty = new int[pool.from().until(pool.to()) + 2];
                int i = 0;
                for (Period p = pool.from(); !p.isAfter(pool.to()); p = p.plus(1), i++) {
                    int count = pool.countIn(p);
                    byPeriod.put(p, count);
                    empty[i + 1] = empty[i] + (count <= 0 ? 1 : 0);
                }
                emptyBefore.put(pool, empty);
            }
            counts.put(pool, byPeriod);
        }
        for (Site site : lookup.scenario().sites()) {
            selfBuiltProvider.put(site, lookup.findProvider(site.provider())
                    .map(p -> p.kind() == ProviderKind.SELF_BUILT).orElse(false));
        }
    }

    public ScenarioIndex lookup() {
        return lookup;
    }

    /** Accelerators of a type that carry {@code demand} reference accelerators of a workload kind. */
    public static int acceleratorsFor(double demand, AcceleratorType type, Workload workload) {
        double factor = type.factorFor(workload.kind());
        if (demand <= 0) {
            return 0;
        }
        if (factor <= 0) {
            return Integer.MAX_VALUE;
        }
        // A tiny tolerance keeps 1000 / 0.1 from rounding up to 10,001 through floating-point noise.
        double accelerators = Math.ceil(demand / factor - 1e-9);
        if (!(accelerators <= Integer.MAX_VALUE)) {
            throw new ScoreOverflow(accelerators + " accelerators of " + type.id() + " for " + workload.id());
        }
        return (int) accelerators;
    }

    public static List<Period> window(Workload workload) {
        List<Period> periods = new ArrayList<>();
        if (workload.from().length() != workload.to().length()) {
            return periods;
        }
        for (Period p = workload.from(); !p.isAfter(workload.to()); p = p.plus(1)) {
            periods.add(p);
        }
        return periods;
    }

    public double periodHours() {
        return periodHours;
    }

    /** A shard of the workload on the pool: its largest shard, the one a candidate pool must be able to hold. */
    public ShardOnPool assess(Workload workload, Pool pool) {
        return assess(workload, workload.largestShardDemand(), pool);
    }

    public ShardOnPool assess(Workload workload, double demand, Pool pool) {
        Site site = lookup.siteOf(pool);
        AcceleratorType type = lookup.acceleratorOf(pool);
        List<Period> periods = window(workload);
        return figures(workload, demand, pool, site, type, periods, staticBreaks(workload, pool, site, type, periods),
                egressTo(workload, site), p50LatencyMs(workload, site, type));
    }

    /** A screen of the pools for one workload, for building a problem ({@link WorkloadScreen}). */
    public WorkloadScreen screen(Workload workload) {
        return new WorkloadScreen(this, workload, window(workload));
    }

    /** The shard's figures from what {@link #assess} and {@link WorkloadScreen} work out their own ways. */
    ShardOnPool figures(Workload workload, double demand, Pool pool, Site site, AcceleratorType type, List<Period> periods,
            List<RuleBreak> breaks, List<EgressCharge> egress, @Nullable Double p50) {
        double hours = periods.size() * periodHours;
        String primary = policies.primaryProvider();
        boolean offPrimary = workload.firstRefusal() && primary != null
                && policies.firstRefusal() != FirstRefusalMode.OFF && !primary.equals(site.provider());
        double over = p50 == null || workload.latencyTargetMs() == null ? 0 : Math.max(0, p50 - workload.latencyTargetMs());
        SoftwareFamily family = type.family();
        @Nullable PortingCharge porting = !workload.supports(family) && workload.allowsPorting()
                ? new PortingCharge(workload.id(), family, workload.portingCostUsd()) : null;
        return resized(new ShardOnPool(workload, 0, pool, site, type, 0, periods, hours, 0, breaks,
                0, 0, 0, 0, 0, offPrimary, p50, over, egress, porting), demand);
    }

    /** What moving the workload's datasets to the site costs, one charge per dataset that leaves its home. */
    List<EgressCharge> egressTo(Workload workload, Site site) {
        List<EgressCharge> egress = new ArrayList<>();
        for (String datasetId : workload.datasets()) {
            Dataset dataset = lookup.dataset(datasetId);
            Site home = lookup.site(dataset.homeSite());
            EgressCharge charge = DataLinks.egress(dataset, home, lookup.findProvider(home.provider()).orElse(null), site);
            if (charge != null) {
                egress.add(charge);
            }
        }
        return egress;
    }

    /**
     * The same shard on the same pool at another size: only what follows from the accelerators (compute, facility
     * power, energy, carbon, premium) is worked out again; the rules, charges and latency do not depend on the size,
     * so the sizes of a split workload cost one assessment, not one each.
     */
    public ShardOnPool resized(ShardOnPool shard, double demand) {
        if (demand == shard.demand()) {
            return shard;
        }
        Workload workload = shard.workload();
        Pool pool = shard.pool();
        Site site = shard.site();
        AcceleratorType type = shard.type();
        double hours = shard.hours();
        int accelerators = acceleratorsFor(demand, type, workload);
        Boolean providerSelfBuilt = selfBuiltProvider.get(site);
        if (providerSelfBuilt == null) {
            // A site from elsewhere (a build-out step's, made after this calculator): asked itself.
            @Nullable Provider provider = lookup.findProvider(site.provider()).orElse(null);
            providerSelfBuilt = provider != null && provider.kind() == ProviderKind.SELF_BUILT;
        }

        double facilityWatts = (double) accelerators * type.tdpW() * (1 + policies.hostOverheadFraction()) * site.pue();
        double energyMwh = facilityWatts / 1e6 * hours;
        double compute = pool.pricing() == PricingKind.ON_DEMAND ? accelerators * hours * pool.pricePerAccelHour() : 0;
        boolean selfBuilt = pool.pricing() == PricingKind.SELF_BUILT || providerSelfBuilt;
        double energy = selfBuilt ? energyMwh * site.energyPricePerMwh() : 0;
        // g/kWh equals kg/MWh, so MWh × g/kWh is kilograms.
        double tCo2e = energyMwh * site.carbonGPerKwh() / 1000.0;
        double carbon = tCo2e * policies.carbonPricePerTonne();
        double premium = shard.offPrimary() && policies.firstRefusal() == FirstRefusalMode.PREFERENCE
                ? policies.firstRefusalPremium() * accelerators * hours : 0;
        return new ShardOnPool(workload, demand, pool, site, type, accelerators, shard.periods(), hours, facilityWatts,
                shard.staticBreaks(), compute, energy, carbon, tCo2e, premium, shard.offPrimary(), shard.p50LatencyMs(),
                shard.latencyOverMs(), shard.egress(), shard.porting());
    }

    /** Accelerators of a pool in a period: 0 outside its window; a pool from elsewhere is asked itself. */
    public int countIn(Pool pool, Period period) {
        Map<Period, Integer> byPeriod = counts.get(pool);
        return byPeriod == null ? pool.countIn(period) : byPeriod.getOrDefault(period, 0);
    }

    private @Nullable Double p50LatencyMs(Workload workload, Site site, AcceleratorType type) {
        @Nullable Double rtt = rttToUsersMs(workload, site);
        return rtt == null ? null : rtt + type.servingLatencyMs();
    }

    /** The round trip from the site to the workload's users; null when no latency target applies. */
    @Nullable Double rttToUsersMs(Workload workload, Site site) {
        if (!workload.kind().isInference() || workload.latencyTargetMs() == null || workload.userGeography() == null) {
            return null;
        }
        Optional<Geography> users = Geography.find(workload.userGeography());
        Optional<Geography> where = Geography.find(site.geography());
        if (users.isEmpty() || where.isEmpty()) {
            return null;
        }
        return where.get().rttMs(users.get());
    }

    /**
     * Whether a workload may use a pool at all (no static rule breaks), without the figures or the sentences:
     * building a problem asks it for every workload × pool pair (20 million at 20,000 × 1,000), and most pairs
     * are ruled out.
     */
    public boolean isStaticallyAllowed(Workload workload, Pool pool, List<Period> periods) {
        Site site = lookup.siteOf(pool);
        AcceleratorType type = lookup.acceleratorOf(pool);
        return !workload.excludes(pool.id()) && typeAllows(workload, type) && siteBreaks(workload, site).isEmpty()
                && !unavailable(pool, periods);
    }

    /** The rules that depend on the accelerator type only: software family and memory. */
    boolean typeAllows(Workload workload, AcceleratorType type) {
        return !familyBlocked(workload, type) && !memoryShort(workload, type);
    }

    private List<RuleBreak> staticBreaks(Workload workload, Pool pool, Site site, AcceleratorType type, List<Period> periods) {
        return staticBreaks(workload, pool, type, periods, siteBreaks(workload, site));
    }

    /** Every rule the workload breaks on the pool by itself, in {@link HardRule} order, given those of its site. */
    List<RuleBreak> staticBreaks(Workload workload, Pool pool, AcceleratorType type, List<Period> periods,
            List<RuleBreak> atSite) {
        List<RuleBreak> breaks = new ArrayList<>();
        if (workload.excludes(pool.id())) {
            breaks.add(new RuleBreak(HardRule.EXCLUDED, "Excluded by the planner: " + workload.id() + " may not use pool "
                    + pool.id()));
        }
        if (unavailable(pool, periods)) {
            List<Period> missing = periods.stream().filter(p -> countIn(pool, p) <= 0).toList();
            breaks.add(new RuleBreak(HardRule.AVAILABILITY, "Availability: pool " + pool.id() + " has no accelerators in "
                    + listPeriods(missing) + " (it runs " + pool.from() + " to " + pool.to() + ")"));
        }
        if (familyBlocked(workload, type)) {
            breaks.add(new RuleBreak(HardRule.SOFTWARE_FAMILY, "Software family: pool " + pool.id() + " runs "
                    + type.family().label() + "; " + workload.id() + " supports only "
                    + workload.families().stream().map(SoftwareFamily::label).sorted().collect(Collectors.joining(", "))
                    + " and may not be ported"));
        }
        if (memoryShort(workload, type)) {
            breaks.add(new RuleBreak(HardRule.MEMORY, "Memory: " + type.id() + " has " + number(type.memoryGb())
                    + " GB; " + workload.id() + " needs " + number(workload.minMemoryGb()) + " GB"));
        }
        breaks.addAll(atSite);
        return breaks;
    }

    /** The rules that depend on the site only, in {@link HardRule} order: sovereign cloud, residency, data staging. */
    List<RuleBreak> siteBreaks(Workload workload, Site site) {
        List<RuleBreak> breaks = new ArrayList<>();
        if (sovereignMissing(workload, site)) {
            breaks.add(new RuleBreak(HardRule.SOVEREIGN_CLOUD, "Sovereign cloud: " + workload.id()
                    + " requires a sovereign cloud; site " + site.id() + " is not one"));
        }
        ResidencyBlock residency = residencyBlock(workload, site);
        if (residency != null) {
            breaks.add(residency.ruleBreak(lookup, site));
        }
        Staging staging = staging(workload, site);
        if (stagingTooSlow(workload, staging)) {
            breaks.add(staging.ruleBreak(site, workload.stagingLeadTimeDays()));
        }
        return breaks;
    }

    boolean unavailable(Pool pool, List<Period> periods) {
        if (periods.isEmpty()) {
            return true;
        }
        Period first = periods.getFirst();
        Period last = periods.getLast();
        if (first.length() != pool.from().length() || first.isBefore(pool.from()) || last.isAfter(pool.to())) {
            return true; // most pools ruled out by their window are, without a look at each period
        }
        int[] empty = emptyBefore.get(pool);
        // A window is every period from its first to its last; a list with gaps is looked at period by period.
        if (empty != null && periods.size() == first.until(last) + 1) {
            int from = pool.from().until(first);
            int to = pool.from().until(last);
            return empty[to + 1] - empty[from] > 0;
        }
        for (Period p : periods) {
            if (countIn(pool, p) <= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean familyBlocked(Workload workload, AcceleratorType type) {
        return !workload.supports(type.family()) && !workload.allowsPorting();
    }

    private static boolean memoryShort(Workload workload, AcceleratorType type) {
        return type.memoryGb() < workload.minMemoryGb();
    }

    private static boolean sovereignMissing(Workload workload, Site site) {
        return workload.requiresSovereign() && !site.sovereign();
    }

    /** The first dataset the workload reads that may not be at the site, and whether for its jurisdiction. */
    private record ResidencyBlock(Dataset dataset, boolean jurisdiction) {

        RuleBreak ruleBreak(ScenarioIndex lookup, Site site) {
            if (jurisdiction) {
                return new RuleBreak(HardRule.RESIDENCY, "Residency: dataset " + dataset.id() + " may stay only in "
                        + dataset.allowedJurisdictions().stream().sorted().collect(Collectors.joining(", "))
                        + "; site " + site.id() + " is " + site.jurisdiction());
            }
            return new RuleBreak(HardRule.RESIDENCY, "Residency: dataset " + dataset.id() + " may not leave "
                    + lookup.site(dataset.homeSite()).provider() + "; site " + site.id() + " is " + site.provider());
        }
    }

    private @Nullable ResidencyBlock residencyBlock(Workload workload, Site site) {
        for (String datasetId : workload.datasets()) {
            Dataset dataset = lookup.dataset(datasetId);
            if (!dataset.mayStayIn(site.jurisdiction())) {
                return new ResidencyBlock(dataset, true);
            }
            Site home = lookup.site(dataset.homeSite());
            if (!dataset.mayLeaveProvider() && !home.provider().equals(site.provider())) {
                return new ResidencyBlock(dataset, false);
            }
        }
        return null;
    }

    /** What staging the workload's datasets at a site takes: days in all, terabytes moved, the slowest link used. */
    private record Staging(double days, double movedTb, double slowestGbps) {

        RuleBreak ruleBreak(Site site, double leadDays) {
            String speed = slowestGbps <= 0 ? "no link" : number(slowestGbps) + " Gbps";
            return new RuleBreak(HardRule.DATA_STAGING, "Data staging: moving " + number(movedTb) + " TB to site "
                    + site.id() + " takes " + (Double.isInfinite(days) ? "forever" : String.format(Locale.US, "%.1f days", days))
                    + " over " + speed + "; lead time " + number(leadDays) + " days");
        }
    }

    private static boolean stagingTooSlow(Workload workload, @Nullable Staging staging) {
        return staging != null && staging.days() > workload.stagingLeadTimeDays();
    }

    /** Null when the workload has no staging lead time (no limit to check). */
    private @Nullable Staging staging(Workload workload, Site site) {
        if (workload.stagingLeadTimeDays() == null) {
            return null;
        }
        double days = 0;
        double movedTb = 0;
        double slowest = Double.POSITIVE_INFINITY;
        for (String datasetId : workload.datasets()) {
            Dataset dataset = lookup.dataset(datasetId);
            Site home = lookup.site(dataset.homeSite());
            double gbps = DataLinks.gbpsBetween(home, site, lookup.findProvider(home.provider()).orElse(null));
            double d = DataLinks.stagingDays(dataset.sizeTb(), gbps);
            if (d > 0) {
                days += d;
                movedTb += dataset.sizeTb();
                slowest = Math.min(slowest, gbps);
            }
        }
        return new Staging(days, movedTb, slowest);
    }

    private static String listPeriods(List<Period> periods) {
        if (periods.isEmpty()) {
            return "its window (the window is empty)";
        }
        if (periods.size() <= 3) {
            return periods.stream().map(Period::toString).collect(Collectors.joining(", "));
        }
        return periods.getFirst() + " … " + periods.getLast() + " (" + periods.size() + " periods)";
    }

    /** 4096 → "4,096"; 1.5 → "1.5". */
    public static String number(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.format(Locale.US, "%,d", (long) Math.rint(value));
        }
        return String.format(Locale.US, "%,.1f", value);
    }
}
