package com.capacityworkbench.solver.testing;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.validation.Figure;
import com.capacityworkbench.model.validation.ScenarioValidator;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.function.DoubleFunction;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The extreme valid scenario: every figure at the edge of its range that makes the score largest (sizes,
 * power, PUE, overhead, latency, priority, porting cost at their maximum; throughput factors, power caps,
 * latency targets and the provider share at their minimum; half the pools empty, the others as large as a pool
 * gets; prices, energy and carbon at their dearest, or free so that site power is what bounds the demand), on a horizon and with as many workloads and pools as asked. Then only the demand is lowered, as far
 * as the validator requires, and each weight raised as far as it accepts (up to the range's 1,000,000): the
 * sums of the score sit at the edge of what validation lets through.
 */
public final class ExtremeScenarios {

    /**
     * How big: workloads (half of them inference services in up to {@code shards} shards), pools (each at its own
     * site), periods.
     */
    public record Size(int workloads, int pools, int periods, int shards) {

        /** With the most shards a workload may have. */
        public Size(int workloads, int pools, int periods) {
            this(workloads, pools, periods, (int) Figure.MAX_SHARDS.max());
        }
    }

    private static final Period FIRST = Period.quarter(2027, 1);
    private static final int DATASETS = 4;
    private static final String PRIMARY = "primary";

    private ExtremeScenarios() {
    }

    /** Which end of the price ranges: the dearest (the dollars then bound the demand) or free (site power does). */
    public enum Prices { DEAREST, FREE }

    public static Scenario of(Size size, FirstRefusalMode mode, Prices prices) {
        double smallest = Figure.SMALLEST_WEIGHT;
        ConstraintWeights first = new ConstraintWeights(smallest, smallest, smallest, smallest, smallest);
        double demand = largestValid(d -> build(size, mode, prices, d, first), Figure.DEMAND.max());
        Scenario scenario = build(size, mode, prices, demand, first);
        // The first-refusal weight first: in preference mode it shares the cost level with the cost weight.
        for (int level : new int[] {1, 0, 2, 3, 4}) {
            Scenario base = scenario;
            double weight = largestValidWeight(w -> base.withWeights(withWeight(base.weights(), level, w)));
            scenario = base.withWeights(withWeight(base.weights(), level, weight));
        }
        if (!ScenarioValidator.isValid(scenario)) {
            throw new IllegalStateException("the extreme scenario is not valid: " + ScenarioValidator.validate(scenario));
        }
        return scenario;
    }

    /** Every shard pinned to a pool, round the pools in turn: the worst plan for every level but unplaced demand. */
    public static List<Assignment> everyShardPlaced(Scenario scenario) {
        List<Assignment> assignments = new ArrayList<>();
        int next = 0;
        for (Workload w : scenario.workloads()) {
            for (int i = 0; i < w.shardCount(); i++) {
                Pool pool = scenario.pools().get(next++ % scenario.pools().size());
                assignments.add(new Assignment(w.id(), i, w.shardDemand(i), pool.id(), null, null, 0,
                        w.from(), w.to(), 0, AssignmentStatus.PLACED, null, true));
            }
        }
        return assignments;
    }

    private static Scenario build(Size size, FirstRefusalMode mode, Prices prices, double demand,
                                  ConstraintWeights weights) {
        boolean dear = prices == Prices.DEAREST;
        Horizon horizon = new Horizon(FIRST, FIRST.plus(size.periods() - 1));
        List<Provider> providers = new ArrayList<>();
        // The primary has no site: every first-refusal shard sits off it.
        providers.add(new Provider(PRIMARY, ProviderKind.CLOUD, Figure.EGRESS_SAME_PROVIDER.max(),
                Figure.EGRESS_CROSS_CLOUD.max(), null));
        List<Site> sites = new ArrayList<>();
        List<Pool> pools = new ArrayList<>();
        for (int i = 0; i < size.pools(); i++) {
            // Self-built: energy is paid on top of the on-demand price.
            providers.add(new Provider("campus-" + i, ProviderKind.SELF_BUILT, Figure.EGRESS_SAME_PROVIDER.max(),
                    Figure.EGRESS_CROSS_CLOUD.max(), null));
            sites.add(new Site("site-" + i, "campus-" + i, "Australia", "AU", true,
                    Math.nextUp(Figure.POWER_CAP.min()), Map.of(), Figure.PUE.max(),
                    dear ? Figure.CARBON_INTENSITY.max() : Figure.CARBON_INTENSITY.min(),
                    dear ? Figure.ENERGY_PRICE.max() : Figure.ENERGY_PRICE.min(), "au-east", Figure.LINK.max()));
            int count = i % 2 == 0 ? (int) Figure.COUNT.max() : (int) Figure.COUNT.min();
            // Free capacity is committed: an on-demand pool needs a price above 0.
            pools.add(new Pool("pool-" + i, "site-" + i, "x", count, horizon.first(), horizon.last(),
                    dear ? PricingKind.ON_DEMAND : PricingKind.COMMITTED, dear ? Figure.PRICE.max() : Figure.PRICE.min(),
                    Map.of()));
        }
        AcceleratorType type = new AcceleratorType("x", "any", SoftwareFamily.CUDA, Figure.MEMORY.max(),
                Figure.TDP.max(), Figure.TRAINING_FACTOR.min(), Figure.INFERENCE_FACTOR.min(),
                Figure.SERVING_LATENCY.max());
        List<Dataset> datasets = new ArrayList<>();
        for (int d = 0; d < DATASETS; d++) {
            datasets.add(new Dataset("data-" + d, Figure.SIZE.max(), "site-0", Set.of(), true));
        }
        List<String> allData = datasets.stream().map(Dataset::id).toList();
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < size.workloads(); i++) {
            boolean inference = i % 2 == 1;
            // Written for ROCm with porting allowed: every placement on the CUDA pools pays the porting.
            workloads.add(new Workload("w-" + i, inference ? WorkloadKind.INFERENCE : WorkloadKind.TRAINING, demand,
                    horizon.first(), horizon.last(), (int) Figure.PRIORITY.max(), Set.of(SoftwareFamily.ROCM),
                    Figure.MIN_MEMORY.max(), allData, true, inference,
                    inference ? (int) Math.max(1, Math.min(size.shards(), Math.floor(demand))) : 1,
                    inference ? Math.nextUp(Figure.LATENCY_TARGET.min()) : null, inference ? "eu-north" : null,
                    null, Figure.PORTING_COST.max(), true));
        }
        Policies policies = new Policies(PRIMARY, mode, Figure.FIRST_REFUSAL_PREMIUM.max(), Figure.CARBON_PRICE.max(),
                Figure.MAX_PROVIDER_SHARE.min(), Figure.HOST_OVERHEAD.max());
        return new Scenario("extreme", null, horizon, providers, sites, List.of(type), pools, datasets, workloads,
                policies, weights);
    }

    /** The largest value up to {@code most} for which the scenario validates (bisection; valid at the smallest). */
    private static double largestValid(DoubleFunction<Scenario> scenario, double most) {
        if (ScenarioValidator.isValid(scenario.apply(most))) {
            return most;
        }
        double low = 1e-6;
        double high = most;
        for (int step = 0; step < 80; step++) {
            double middle = Math.sqrt(low * high);
            if (ScenarioValidator.isValid(scenario.apply(middle))) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The largest weight, in whole hundredths up to the range's maximum, for which the scenario validates. */
    private static double largestValidWeight(DoubleFunction<Scenario> scenario) {
        long low = 1;
        long high = Math.round(Figure.WEIGHT.max() * ConstraintWeights.SCALE);
        if (ScenarioValidator.isValid(scenario.apply((double) high / ConstraintWeights.SCALE))) {
            return (double) high / ConstraintWeights.SCALE;
        }
        while (high - low > 1) {
            long middle = (low + high) >>> 1;
            if (ScenarioValidator.isValid(scenario.apply((double) middle / ConstraintWeights.SCALE))) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (double) low / ConstraintWeights.SCALE;
    }

    private static ConstraintWeights withWeight(ConstraintWeights w, int level, double weight) {
        return switch (level) {
            case 0 -> new ConstraintWeights(weight, w.firstRefusal(), w.cost(), w.latency(), w.providerShare());
            case 1 -> new ConstraintWeights(w.unplacedDemand(), weight, w.cost(), w.latency(), w.providerShare());
            case 2 -> new ConstraintWeights(w.unplacedDemand(), w.firstRefusal(), weight, w.latency(), w.providerShare());
            case 3 -> new ConstraintWeights(w.unplacedDemand(), w.firstRefusal(), w.cost(), weight, w.providerShare());
            default -> new ConstraintWeights(w.unplacedDemand(), w.firstRefusal(), w.cost(), w.latency(), weight);
        };
    }

    /** Strict and preference first refusal at the dearest prices (the dollars bind the demand); free capacity (power binds it). */
    public static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of(FirstRefusalMode.STRICT, Prices.DEAREST),
                Arguments.of(FirstRefusalMode.PREFERENCE, Prices.DEAREST),
                Arguments.of(FirstRefusalMode.STRICT, Prices.FREE));
    }
}
