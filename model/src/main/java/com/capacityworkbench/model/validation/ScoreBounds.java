package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Geography;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How large each sum the solver keeps can get for a scenario: the worst plan it could ever score, with every
 * shard at once on the pool where it weighs most (the search tries plans that break hard rules too), every
 * dataset copied to every site that could read it, every porting paid and everything that may be bought paid in full
 * (docs/purchases.md says how the solver sees it). The formulas are the solver's
 * (its PlacementCalculator and ScoreUnits) taken at their largest, each whole-unit rounding counted as one
 * more unit; a test in the solver checks that no plan's score goes past them.
 *
 * <p>Sums are in natural units, before weights: dollars, hours, milliseconds, watts. Only for a scenario
 * whose references resolve and whose figures are in range ({@link Figure}).
 */
public final class ScoreBounds {

    /**
     * What one sum may reach: 2^62, half of 64 bits, so that a move's old and new terms fit together, and
     * OR-Tools' CP-SAT (the exact search) takes a level's sum as it is.
     */
    public static final double LIMIT = 0x1p62;

    /** Hard rules a shard can break on its own pool: availability, family, memory, sovereign, residency, staging. */
    private static final int STATIC_RULES = 6;

    /** The sums the score keeps. */
    public enum Sum {
        /** Accelerators over pool counts and kW over power caps, per period, plus one per broken rule. */
        HARD("the hard rules", "accelerators and kW over limits"),
        /** Facility watts of the shards on one site in one period. */
        WATTS("site power", "W"),
        /** Accelerator-hours of the placed shards, for the provider share. */
        HOURS("accelerator-hours", "accelerator-hours"),
        UNPLACED("unplaced demand", "ref accel × priority"),
        /** Reference-accelerator-hours of first-refusal work off the primary (strict mode). */
        FIRST_REFUSAL("first refusal", "ref-accel-hours off the primary"),
        /** Compute, energy, carbon, egress and porting. */
        COST("cost", "$"),
        /** The first-refusal premium (preference mode), on the cost level but weighted as first refusal. */
        PREMIUM("first-refusal premium", "$"),
        LATENCY("latency", "ms above target");

        private final String label;
        private final String unit;

        Sum(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }
    }

    /** One sum: its bound and the field of the item that brings the most to it. */
    public record Bound(double total, @Nullable String largestAt, double largest) {
    }

    private final Map<Sum, Bound> bounds = new EnumMap<>(Sum.class);

    private ScoreBounds() {
        for (Sum sum : Sum.values()) {
            bounds.put(sum, new Bound(0, null, 0));
        }
    }

    public static ScoreBounds of(Scenario scenario) {
        ScoreBounds bounds = new ScoreBounds();
        PoolMaxima pools = PoolMaxima.of(scenario);
        Map<String, Integer> readers = new HashMap<>();
        for (int i = 0; i < scenario.workloads().size(); i++) {
            Workload workload = scenario.workloads().get(i);
            bounds.addWorkload(workload, "workloads[" + i + "].", scenario, pools);
            workload.datasets().forEach(id -> readers.merge(id, workload.shardCount(), Integer::sum));
        }
        bounds.addEgress(scenario, readers);
        bounds.addPurchases(scenario);
        // Power over a cap is rounded up to a whole kW in every site and period; each build-out step is a site too.
        bounds.add(Sum.HARD, null, (double) siteCount(scenario) * scenario.horizon().size());
        return bounds;
    }

    public Bound bound(Sum sum) {
        return bounds.get(sum);
    }

    public double total(Sum sum) {
        return bounds.get(sum).total();
    }

    private void addWorkload(Workload workload, String at, Scenario scenario, PoolMaxima pools) {
        Policies policies = scenario.policies();
        // A plan may cut a split workload into shards of other sizes and one unplaced remainder (ShardSplit): one row
        // more, none larger in total than the equal cut's largest times its count.
        int shards = workload.shardCount() == 1 ? 1 : workload.shardCount() + 1;
        double demand = workload.largestShardDemand();
        int periods = workload.from().until(workload.to()) + 1;
        double hours = periods * scenario.horizon().length().hours();
        boolean inference = workload.kind().isInference();
        String demandAt = at + "demand";

        double accelerators = pools.any ? demand * pools.acceleratorsPerRef(inference) + 1 : 0;
        double watts = pools.any ? demand * pools.wattsPerRef(inference) + pools.wattsPerAccelerator + 1 : 0;
        add(Sum.WATTS, demandAt, shards * watts);
        add(Sum.HARD, demandAt, shards * (periods * (accelerators + watts / 1000 + 1) + STATIC_RULES));
        add(Sum.HOURS, demandAt, shards * (accelerators * hours + 1));
        add(Sum.UNPLACED, demandAt, shards * (demand * workload.priority() + 1));
        if (workload.firstRefusal() && policies.firstRefusal() == FirstRefusalMode.STRICT) {
            add(Sum.FIRST_REFUSAL, demandAt, shards * (demand * hours + 1));
        }
        if (pools.any) {
            // Compute, energy and carbon are each rounded to whole dollars.
            add(Sum.COST, demandAt, shards * (hours * (demand * pools.costPerRefHour(inference)
                    + pools.costPerAcceleratorHour) + 3));
        }
        if (workload.firstRefusal() && policies.firstRefusal() == FirstRefusalMode.PREFERENCE) {
            add(Sum.PREMIUM, demandAt, shards * (policies.firstRefusalPremium() * accelerators * hours + 1));
        }
        if (workload.portingCostUsd() != null) {
            // Paid once per family the workload is ported to.
            add(Sum.COST, at + "portingCostUsd", (workload.portingCostUsd() + 1) * Math.min(shards, pools.families));
        }
        if (inference && workload.latencyTargetMs() != null && workload.userGeography() != null) {
            double over = pools.worstRttMs(workload.userGeography()) + pools.servingMs - workload.latencyTargetMs();
            if (over > 0) {
                add(Sum.LATENCY, demandAt, shards * (over + 1));
            }
        }
    }

    /** Each dataset is paid for once per site it is copied to: at most every other site, one per reading shard. */
    private void addEgress(Scenario scenario, Map<String, Integer> readers) {
        ScenarioIndex index = ScenarioIndex.of(scenario);
        for (int i = 0; i < scenario.datasets().size(); i++) {
            Dataset dataset = scenario.datasets().get(i);
            double destinations = Math.min(siteCount(scenario) - 1, readers.getOrDefault(dataset.id(), 0));
            Provider home = index.findSite(dataset.homeSite()).flatMap(s -> index.findProvider(s.provider()))
                    .orElse(null);
            if (home == null || destinations <= 0) {
                continue;
            }
            double perGb = Math.max(home.egressSameProviderPerGb(), home.egressCrossCloudPerGb());
            add(Sum.COST, "datasets[" + i + "].sizeTb", destinations * (dataset.sizeTb() * 1000 * perGb + 1));
        }
    }

    /**
     * What is bought is paid whether used or not: every offer taken whole for its term with its upfront payment,
     * every build-out's capex, and every minimum spend charged in full as a shortfall; each rounded to whole dollars.
     */
    private void addPurchases(Scenario scenario) {
        PurchaseOptions options = scenario.purchaseOptions();
        double hours = scenario.horizon().length().hours();
        double periods = scenario.horizon().size();
        double bought = 0;
        for (int i = 0; i < options.offers().size(); i++) {
            Offer offer = options.offers().get(i);
            double commitment = (double) offer.maxAccelerators() * offer.pricePerAccelHour() * hours
                    * offer.termPeriods() + offer.upfrontUsd();
            add(Sum.COST, Figure.OFFERS + "[" + i + "].maxBlocks", commitment + 2);
            // An offer used beyond one term breaks a hard rule, at most once a period.
            add(Sum.HARD, null, periods);
            bought += commitment;
        }
        for (int i = 0; i < options.buildOuts().size(); i++) {
            double capex = options.buildOuts().get(i).capexUsd();
            add(Sum.COST, Figure.BUILD_OUTS + "[" + i + "].megawatts", capex + 1);
            bought += capex;
        }
        for (int i = 0; i < options.spendTerms().size(); i++) {
            add(Sum.COST, Figure.SPEND_TERMS + "[" + i + "].minimumUsd", options.spendTerms().get(i).minimumUsd() + 1);
        }
        // A purchase budget is a hard rule counted in thousands of dollars over it: at most all that may be bought.
        add(Sum.HARD, null, bought / 1000 + 1);
    }

    /** The scenario's sites and, as the solver adds one per step, its build-outs. */
    private static int siteCount(Scenario scenario) {
        return scenario.sites().size() + scenario.purchaseOptions().buildOuts().size();
    }

    private void add(Sum sum, @Nullable String at, double amount) {
        Bound was = bounds.get(sum);
        boolean largest = at != null && amount > was.largest();
        bounds.put(sum, new Bound(was.total() + amount, largest ? at : was.largestAt(),
                largest ? amount : was.largest()));
    }

    /**
     * Per accelerator and per reference accelerator (an accelerator divided by its throughput factor), the most
     * any pool takes: so a shard's worst pool is bounded without pairing every workload with every pool.
     */
    private static final class PoolMaxima {
        private boolean any;
        private final double[] acceleratorsPerRef = new double[2];
        private final double[] wattsPerRef = new double[2];
        private final double[] costPerRefHour = new double[2];
        private double wattsPerAccelerator;
        private double costPerAcceleratorHour;
        private double servingMs;
        private int families;
        private final Map<String, Double> worstRtt = new HashMap<>();
        private Set<Geography> siteGeographies = Set.of();

        static PoolMaxima of(Scenario scenario) {
            ScenarioIndex index = ScenarioIndex.of(scenario);
            Policies policies = scenario.policies();
            PoolMaxima maxima = new PoolMaxima();
            Set<SoftwareFamily> families = new HashSet<>();
            // What may be bought is placed on as the solver sees it: an offer as a pool of its type at its site, its
            // hours paid at its price; a build-out step as self-built pools of the types it houses at its campus.
            List<Pool> candidates = new ArrayList<>(scenario.pools());
            scenario.purchaseOptions().offers().forEach(offer -> candidates.add(new Pool(offer.id(), offer.site(),
                    offer.accelerator(), offer.maxAccelerators(), offer.earliestStart(), offer.earliestStart(),
                    PricingKind.ON_DEMAND, offer.pricePerAccelHour(), Map.of())));
            scenario.purchaseOptions().buildOuts().forEach(step -> step.accelerators().forEach(type -> candidates.add(
                    new Pool(step.id(), step.site(), type, 0, step.earliest(), step.earliest(), PricingKind.SELF_BUILT,
                            0, Map.of()))));
            for (Pool pool : candidates) {
                Site site = pool.site() == null ? null : index.findSite(pool.site()).orElse(null);
                AcceleratorType type = pool.accelerator() == null ? null
                        : index.findAccelerator(pool.accelerator()).orElse(null);
                if (site == null || type == null) {
                    continue;
                }
                Provider provider = index.findProvider(site.provider()).orElse(null);
                double watts = type.tdpW() * (1 + policies.hostOverheadFraction()) * site.pue();
                boolean selfBuilt = pool.pricing() == PricingKind.SELF_BUILT
                        || (provider != null && provider.kind() == ProviderKind.SELF_BUILT);
                double mw = watts / 1e6;
                double cost = (pool.pricing() == PricingKind.ON_DEMAND ? pool.pricePerAccelHour() : 0)
                        + (selfBuilt ? mw * site.energyPricePerMwh() : 0)
                        + mw * site.carbonGPerKwh() / 1000 * policies.carbonPricePerTonne();
                maxima.any = true;
                maxima.wattsPerAccelerator = Math.max(maxima.wattsPerAccelerator, watts);
                maxima.costPerAcceleratorHour = Math.max(maxima.costPerAcceleratorHour, cost);
                maxima.servingMs = Math.max(maxima.servingMs, type.servingLatencyMs());
                for (int inference = 0; inference < 2; inference++) {
                    double perRef = 1 / (inference == 1 ? type.inferenceFactor() : type.trainingFactor());
                    maxima.acceleratorsPerRef[inference] = Math.max(maxima.acceleratorsPerRef[inference], perRef);
                    maxima.wattsPerRef[inference] = Math.max(maxima.wattsPerRef[inference], watts * perRef);
                    maxima.costPerRefHour[inference] = Math.max(maxima.costPerRefHour[inference], cost * perRef);
                }
                families.add(type.family());
            }
            maxima.families = families.size();
            maxima.siteGeographies = scenario.sites().stream().map(s -> Geography.find(s.geography()).orElse(null))
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            return maxima;
        }

        double acceleratorsPerRef(boolean inference) {
            return acceleratorsPerRef[inference ? 1 : 0];
        }

        double wattsPerRef(boolean inference) {
            return wattsPerRef[inference ? 1 : 0];
        }

        double costPerRefHour(boolean inference) {
            return costPerRefHour[inference ? 1 : 0];
        }

        /** The longest round trip from any site to these users; a handful of geographies, worked out once each. */
        double worstRttMs(String userGeography) {
            return worstRtt.computeIfAbsent(userGeography, id -> Geography.find(id)
                    .map(users -> siteGeographies.stream().mapToDouble(users::rttMs).max().orElse(0))
                    .orElse(0.0));
        }
    }
}
