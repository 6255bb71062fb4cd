package com.capacityworkbench.solver.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.model.ScenarioIndex;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #18: each placement rule and cost formula of the design, tested as the rule itself on a real scenario
 * fragment (not as a precomputed flag): one workload, one pool, and one change that breaks exactly one rule.
 * Turning a rule off in {@link PlacementCalculator} fails its row here, not only a solution-quality test.
 */
class PlacementRulesTest {

    private static final Period Q1 = Period.quarter(2027, 1);
    private static final Period Q2 = Period.quarter(2027, 2);
    private static final Period Q3 = Period.quarter(2027, 3);
    private static final Period Q4 = Period.quarter(2027, 4);
    private static final double HOURS = 2 * 8766.0 / 4;

    /** A fragment a test changes: the workload, the pool, the dataset it reads and the policies. */
    private record Fragment(Workload workload, Pool pool, Dataset dataset, Policies policies) {

        static Fragment allowed() {
            return new Fragment(
                    new Workload("job", WorkloadKind.TRAINING, 500, Q1, Q2, 1, Set.of(SoftwareFamily.CUDA), 40,
                            List.of("corpus"), false, false, 1, null, null, null, null, false),
                    new Pool("az-h100", "az-us", "H100", 1000, Q1, Q4, PricingKind.ON_DEMAND, 10, Map.of()),
                    new Dataset("corpus", 100, "az-us", Set.of(), true),
                    new Policies(null, FirstRefusalMode.OFF, 0, 0, 100, 0.9));
        }

        Scenario scenario() {
            return new Scenario("rules", null, new Horizon(Q1, Q4),
                    List.of(new Provider("azure", ProviderKind.CLOUD, 0.02, 0.08, null),
                            new Provider("aws", ProviderKind.CLOUD, 0.02, 0.09, null),
                            new Provider("lab", ProviderKind.SELF_BUILT, 0, 0.01, null)),
                    List.of(site("az-us", "azure", false, 0),
                            site("aws-us", "aws", false, 0),
                            site("lab-us", "lab", false, 50),
                            site("sov-us", "azure", true, 0)),
                    List.of(new AcceleratorType("H100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1.0, 2.0, 20)),
                    List.of(pool), List.of(dataset), List.of(workload), policies, ConstraintWeights.defaults());
        }

        ShardOnPool assess() {
            Scenario scenario = scenario();
            return new PlacementCalculator(ScenarioIndex.of(scenario)).assess(workload, pool);
        }

        boolean staticallyAllowed() {
            Scenario scenario = scenario();
            return new PlacementCalculator(ScenarioIndex.of(scenario))
                    .isStaticallyAllowed(workload, pool, PlacementCalculator.window(workload));
        }

        Fragment workload(UnaryOperator<Workload> change) {
            return new Fragment(change.apply(workload), pool, dataset, policies);
        }

        Fragment poolAt(String site) {
            return new Fragment(workload, new Pool(pool.id(), site, pool.accelerator(), pool.count(), pool.from(),
                    pool.to(), pool.pricing(), pool.pricePerAccelHour(), pool.countByPeriod()), dataset, policies);
        }

        Fragment pool(Pool changed) {
            return new Fragment(workload, changed, dataset, policies);
        }

        Fragment dataset(Dataset changed) {
            return new Fragment(workload, pool, changed, policies);
        }

        Fragment policies(Policies changed) {
            return new Fragment(workload, pool, dataset, changed);
        }

        private static Site site(String id, String provider, boolean sovereign, double energyPrice) {
            return new Site(id, provider, "United States", "US", sovereign, null, Map.of(), 1.2, 300, energyPrice,
                    "us-east", 400);
        }
    }

    private static Workload workload(Workload w, Set<SoftwareFamily> families, double minMemory, boolean sovereign,
                                     Double stagingDays, Double portingCost) {
        return new Workload(w.id(), w.kind(), w.demand(), w.from(), w.to(), w.priority(), families, minMemory,
                w.datasets(), w.firstRefusal(), w.splittable(), w.maxShards(), w.latencyTargetMs(), w.userGeography(),
                stagingDays, portingCost, sovereign);
    }

    /** One row: a change to the allowed fragment, the one rule it breaks and the sentence a planner reads. */
    private record Broken(String name, Fragment fragment, HardRule rule, String sentence) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Broken> oneRuleBrokenEach() {
        Fragment ok = Fragment.allowed();
        Workload w = ok.workload();
        return Stream.of(
                new Broken("availability", ok.pool(new Pool("az-h100", "az-us", "H100", 1000, Q3, Q4,
                        PricingKind.ON_DEMAND, 10, Map.of())), HardRule.AVAILABILITY,
                        "Availability: pool az-h100 has no accelerators in 2027-Q1, 2027-Q2 (it runs 2027-Q3 to 2027-Q4)"),
                // A pool that runs the whole window but has none in one period of it (a ramp to zero and back).
                new Broken("availability: a period without accelerators", ok.pool(new Pool("az-h100", "az-us", "H100",
                        1000, Q1, Q4, PricingKind.ON_DEMAND, 10, Map.of(Q2, 0, Q3, 1000))), HardRule.AVAILABILITY,
                        "Availability: pool az-h100 has no accelerators in 2027-Q2 (it runs 2027-Q1 to 2027-Q4)"),
                new Broken("software family", ok.workload(x -> workload(w, Set.of(SoftwareFamily.ROCM), 40, false, null,
                        null)), HardRule.SOFTWARE_FAMILY,
                        "Software family: pool az-h100 runs CUDA; job supports only ROCm and may not be ported"),
                new Broken("memory", ok.workload(x -> workload(w, w.families(), 141, false, null, null)),
                        HardRule.MEMORY, "Memory: H100 has 80 GB; job needs 141 GB"),
                new Broken("sovereign cloud", ok.workload(x -> workload(w, w.families(), 40, true, null, null)),
                        HardRule.SOVEREIGN_CLOUD, "Sovereign cloud: job requires a sovereign cloud; site az-us is not one"),
                new Broken("residency: jurisdiction", ok.dataset(new Dataset("corpus", 100, "az-us", Set.of("EU"), true)),
                        HardRule.RESIDENCY, "Residency: dataset corpus may stay only in EU; site az-us is US"),
                new Broken("residency: provider", ok.poolAt("aws-us").dataset(new Dataset("corpus", 100, "az-us",
                        Set.of(), false)), HardRule.RESIDENCY,
                        "Residency: dataset corpus may not leave azure; site aws-us is aws"),
                new Broken("data staging", ok.poolAt("aws-us").dataset(new Dataset("corpus", 10_000, "az-us", Set.of(),
                        true)).workload(x -> workload(w, w.families(), 40, false, 1.0, null)), HardRule.DATA_STAGING,
                        "Data staging: moving 10,000 TB to site aws-us takes 2.3 days over 400 Gbps; lead time 1 days"));
    }

    @Test
    void theFragmentBreaksNoRule() {
        assertThat(Fragment.allowed().assess().staticBreaks()).isEmpty();
        assertThat(Fragment.allowed().staticallyAllowed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneRuleBrokenEach")
    void eachRuleRulesThePoolOutWithItsSentence(Broken row) {
        ShardOnPool figures = row.fragment().assess();

        assertThat(figures.staticBreaks()).containsExactly(new RuleBreak(row.rule(), row.sentence()));
        assertThat(row.fragment().staticallyAllowed()).as("the quick check agrees").isFalse();
    }

    @Test
    void portingAllowedLiftsTheFamilyRuleAtItsCost() {
        Fragment ported = Fragment.allowed().workload(w -> workload(w, Set.of(SoftwareFamily.ROCM), 40, false, null,
                250_000.0));

        ShardOnPool figures = ported.assess();

        assertThat(figures.staticBreaks()).isEmpty();
        assertThat(figures.porting()).isEqualTo(new PortingCharge("job", SoftwareFamily.CUDA, 250_000));
    }

    @Test
    void stagingWithinTheLeadTimeIsAllowed() {
        // 10,000 TB over the 1,000 Gbps in-cloud backbone to another Azure site: 0.93 days, inside 1 day.
        Fragment inCloud = Fragment.allowed().poolAt("sov-us")
                .dataset(new Dataset("corpus", 10_000, "az-us", Set.of(), true))
                .workload(w -> workload(w, w.families(), 40, false, 1.0, null));

        assertThat(inCloud.assess().staticBreaks()).isEmpty();
    }

    @Test
    void computeIsAcceleratorsTimesHoursTimesPriceOnDemandOnly() {
        ShardOnPool onDemand = Fragment.allowed().assess();
        assertThat(onDemand.accelerators()).isEqualTo(500);
        assertThat(onDemand.hours()).isEqualTo(HOURS);
        assertThat(onDemand.computeUsd()).isCloseTo(500 * HOURS * 10, within(1e-6));

        Fragment committed = Fragment.allowed().pool(new Pool("az-h100", "az-us", "H100", 1000, Q1, Q4,
                PricingKind.COMMITTED, 10, Map.of()));
        assertThat(committed.assess().computeUsd()).as("sunk").isZero();
    }

    @Test
    void acceleratorsAreDemandOverTheKindsFactorRoundedUp() {
        Fragment inference = Fragment.allowed().workload(w -> new Workload(w.id(), WorkloadKind.INFERENCE, 501, w.from(),
                w.to(), 1, w.families(), 40, w.datasets(), false, false, 1, null, null, null, null, false));

        assertThat(inference.assess().accelerators()).as("501 / 2.0 up").isEqualTo(251);
    }

    @Test
    void energyIsPaidAtSelfBuiltSitesAndCarbonEverywhereAtItsPrice() {
        double mw = 500 * 700 * (1 + 0.9) * 1.2 / 1e6;
        double tonnes = mw * HOURS * 300 / 1000;
        Policies carbonPriced = new Policies(null, FirstRefusalMode.OFF, 0, 80, 100, 0.9);

        ShardOnPool cloud = Fragment.allowed().policies(carbonPriced).assess();
        ShardOnPool campus = Fragment.allowed().policies(carbonPriced).poolAt("lab-us").assess();

        assertThat(cloud.energyUsd()).isZero();
        assertThat(campus.energyUsd()).isCloseTo(mw * HOURS * 50, within(1e-6));
        assertThat(cloud.tCo2e()).isCloseTo(tonnes, within(1e-9));
        assertThat(cloud.carbonUsd()).isCloseTo(tonnes * 80, within(1e-6));
    }

    @Test
    void egressIsBilledByTheHomeProvidersPriceClass() {
        assertThat(Fragment.allowed().assess().egress()).as("same site: free").isEmpty();
        assertThat(Fragment.allowed().poolAt("sov-us").assess().egress()).singleElement()
                .satisfies(c -> assertThat(c.usd()).isCloseTo(100 * 1000 * 0.02, within(1e-9)));
        assertThat(Fragment.allowed().poolAt("aws-us").assess().egress()).singleElement()
                .satisfies(c -> assertThat(c.usd()).isCloseTo(100 * 1000 * 0.08, within(1e-9)));
    }

    @Test
    void firstRefusalPremiumIsPaidPerAcceleratorHourOffThePrimaryInPreferenceMode() {
        Fragment preference = Fragment.allowed()
                .workload(w -> new Workload(w.id(), w.kind(), w.demand(), w.from(), w.to(), 1, w.families(), 40,
                        w.datasets(), true, false, 1, null, null, null, null, false))
                .policies(new Policies("aws", FirstRefusalMode.PREFERENCE, 1.5, 0, 100, 0.9));

        ShardOnPool offPrimary = preference.assess();
        ShardOnPool onPrimary = preference.poolAt("aws-us").assess();

        assertThat(offPrimary.offPrimary()).isTrue();
        assertThat(offPrimary.premiumUsd()).isCloseTo(1.5 * 500 * HOURS, within(1e-6));
        assertThat(onPrimary.offPrimary()).isFalse();
        assertThat(onPrimary.premiumUsd()).isZero();
    }

    @Test
    void aShardResizedOnItsPoolIsTheSameAsOneAssessedAtThatSize() {
        Policies priced = new Policies("aws", FirstRefusalMode.PREFERENCE, 1.5, 80, 100, 0.9);
        Fragment fragment = Fragment.allowed().policies(priced).poolAt("lab-us")
                .workload(w -> new Workload(w.id(), w.kind(), w.demand(), w.from(), w.to(), 1, w.families(), 40,
                        w.datasets(), true, false, 1, null, null, null, null, false));
        Scenario scenario = fragment.scenario();
        PlacementCalculator calculator = new PlacementCalculator(ScenarioIndex.of(scenario));
        ShardOnPool big = calculator.assess(fragment.workload(), 334, fragment.pool());

        assertThat(calculator.resized(big, 333)).isEqualTo(calculator.assess(fragment.workload(), 333, fragment.pool()));
    }
}
