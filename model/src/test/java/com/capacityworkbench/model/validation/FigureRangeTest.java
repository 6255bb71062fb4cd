package com.capacityworkbench.model.validation;

import static com.capacityworkbench.model.testing.Copy.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.testing.TestScenarios;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure of a scenario at both ends of its range: the value just inside is accepted, the value just
 * outside is rejected at the figure's path, with a message that states the limit.
 */
class FigureRangeTest {

    /** Where a figure sits in the test scenario, and how to set it there. */
    record Place(Figure figure, String path, boolean whole, DoubleFunction<Scenario> set) {

        @Override
        public String toString() {
            return figure + " at " + path;
        }
    }

    static Stream<Place> places() {
        return Stream.of(
                new Place(Figure.EGRESS_SAME_PROVIDER, "providers[0].egressSameProviderPerGb", false,
                        v -> TestScenarios.withProvider(0, p -> with(p, "egressSameProviderPerGb", v))),
                new Place(Figure.EGRESS_CROSS_CLOUD, "providers[1].egressCrossCloudPerGb", false,
                        v -> TestScenarios.withProvider(1, p -> with(p, "egressCrossCloudPerGb", v))),
                new Place(Figure.IN_CLOUD_LINK, "providers[0].inCloudGbps", false,
                        v -> TestScenarios.withProvider(0, p -> with(p, "inCloudGbps", v))),
                new Place(Figure.POWER_CAP, "sites[1].powerCapMw", false,
                        v -> TestScenarios.withSite(1, s -> with(s, "powerCapMw", v))),
                new Place(Figure.POWER_CAP_BY_PERIOD, "sites[1].powerCapByPeriod[2027-Q3]", false,
                        v -> TestScenarios.withSite(1, s -> with(s, "powerCapByPeriod", Map.of(TestScenarios.Q3, v)))),
                new Place(Figure.PUE, "sites[0].pue", false, v -> TestScenarios.withSite(0, s -> with(s, "pue", v))),
                new Place(Figure.CARBON_INTENSITY, "sites[0].carbonGPerKwh", false,
                        v -> TestScenarios.withSite(0, s -> with(s, "carbonGPerKwh", v))),
                new Place(Figure.ENERGY_PRICE, "sites[2].energyPricePerMwh", false,
                        v -> TestScenarios.withSite(2, s -> with(s, "energyPricePerMwh", v))),
                new Place(Figure.LINK, "sites[2].linkGbps", false,
                        v -> TestScenarios.withSite(2, s -> with(s, "linkGbps", v))),
                new Place(Figure.MEMORY, "accelerators[1].memoryGb", false,
                        v -> TestScenarios.withAccelerator(1, a -> with(a, "memoryGb", v))),
                new Place(Figure.TDP, "accelerators[0].tdpW", false,
                        v -> TestScenarios.withAccelerator(0, a -> with(a, "tdpW", v))),
                new Place(Figure.TRAINING_FACTOR, "accelerators[0].trainingFactor", false,
                        v -> TestScenarios.withAccelerator(0, a -> with(a, "trainingFactor", v))),
                new Place(Figure.INFERENCE_FACTOR, "accelerators[1].inferenceFactor", false,
                        v -> TestScenarios.withAccelerator(1, a -> with(a, "inferenceFactor", v))),
                new Place(Figure.SERVING_LATENCY, "accelerators[1].servingLatencyMs", false,
                        v -> TestScenarios.withAccelerator(1, a -> with(a, "servingLatencyMs", v))),
                new Place(Figure.COUNT, "pools[1].count", true,
                        v -> TestScenarios.withPool(1, p -> with(p, "count", (int) v))),
                new Place(Figure.COUNT_BY_PERIOD, "pools[0].countByPeriod[2027-Q3]", true,
                        v -> TestScenarios.withPool(0, p -> with(p, "countByPeriod", Map.of(TestScenarios.Q3, (int) v)))),
                new Place(Figure.PRICE, "pools[0].pricePerAccelHour", false,
                        v -> TestScenarios.withPool(0, p -> with(p, "pricePerAccelHour", v))),
                new Place(Figure.SIZE, "datasets[1].sizeTb", false,
                        v -> TestScenarios.withDataset(1, d -> with(d, "sizeTb", v))),
                new Place(Figure.DEMAND, "workloads[0].demand", false,
                        v -> TestScenarios.withWorkload(0, w -> with(w, "demand", v))),
                new Place(Figure.PRIORITY, "workloads[1].priority", true,
                        v -> TestScenarios.withWorkload(1, w -> with(w, "priority", (int) v))),
                new Place(Figure.MIN_MEMORY, "workloads[0].minMemoryGb", false,
                        v -> TestScenarios.withWorkload(0, w -> with(w, "minMemoryGb", v))),
                new Place(Figure.LATENCY_TARGET, "workloads[1].latencyTargetMs", false,
                        v -> TestScenarios.withWorkload(1, w -> with(w, "latencyTargetMs", v))),
                new Place(Figure.STAGING_LEAD_TIME, "workloads[0].stagingLeadTimeDays", false,
                        v -> TestScenarios.withWorkload(0, w -> with(w, "stagingLeadTimeDays", v))),
                new Place(Figure.PORTING_COST, "workloads[0].portingCostUsd", false,
                        v -> TestScenarios.withWorkload(0, w -> with(w, "portingCostUsd", v))),
                new Place(Figure.BLOCK_SIZE, "purchaseOptions.offers[0].blockSize", true,
                        v -> TestScenarios.withOffer(0, o -> with(o, "blockSize", (int) v))),
                new Place(Figure.MIN_BLOCKS, "purchaseOptions.offers[0].minBlocks", true,
                        v -> TestScenarios.withOffer(0, o -> with(with(with(o, "minBlocks", (int) v), "maxBlocks",
                                100_000), "blockSize", 64))),
                new Place(Figure.MAX_BLOCKS, "purchaseOptions.offers[0].maxBlocks", true,
                        v -> TestScenarios.withOffer(0, o -> with(with(o, "maxBlocks", (int) v), "blockSize", 64))),
                new Place(Figure.LEAD_TIME, "purchaseOptions.offers[1].leadTimePeriods", true,
                        v -> TestScenarios.withOffer(1, o -> with(o, "leadTimePeriods", (int) v))),
                new Place(Figure.TERM, "purchaseOptions.offers[1].termPeriods", true,
                        v -> TestScenarios.withOffer(1, o -> with(o, "termPeriods", (int) v))),
                new Place(Figure.OFFER_PRICE, "purchaseOptions.offers[1].pricePerAccelHour", false,
                        v -> TestScenarios.withOffer(1, o -> with(o, "pricePerAccelHour", v))),
                new Place(Figure.UPFRONT, "purchaseOptions.offers[1].upfrontUsd", false,
                        v -> TestScenarios.withOffer(1, o -> with(o, "upfrontUsd", v))),
                new Place(Figure.BUILD_OUT_POWER, "purchaseOptions.buildOuts[0].megawatts", false,
                        v -> TestScenarios.withBuildOut(0, b -> with(b, "megawatts", v))),
                new Place(Figure.CAPEX, "purchaseOptions.buildOuts[0].capexPerMw", false,
                        v -> TestScenarios.withBuildOut(0, b -> with(b, "capexPerMw", v))),
                new Place(Figure.CAPEX_PERIODS, "purchaseOptions.buildOuts[0].capexPeriods", true,
                        v -> TestScenarios.withBuildOut(0, b -> with(b, "capexPeriods", (int) v))),
                new Place(Figure.SPEND_MINIMUM, "purchaseOptions.spendTerms[0].minimumUsd", false,
                        v -> TestScenarios.withSpendTerm(0, t -> with(with(t, "minimumUsd", v), "maximumUsd", null))),
                // On aws, which has no committed pools: a cap of 0 is then one a plan can keep.
                new Place(Figure.SPEND_MAXIMUM, "purchaseOptions.spendTerms[0].maximumUsd", false,
                        v -> TestScenarios.withSpendTerm(0, t -> with(with(with(t, "maximumUsd", v), "minimumUsd", 0.0),
                                "provider", "aws"))),
                new Place(Figure.FIRST_REFUSAL_PREMIUM, "policies.firstRefusalPremium", false,
                        v -> TestScenarios.withPolicies(p -> with(p, "firstRefusalPremium", v))),
                new Place(Figure.CARBON_PRICE, "policies.carbonPricePerTonne", false,
                        v -> TestScenarios.withPolicies(p -> with(p, "carbonPricePerTonne", v))),
                new Place(Figure.MAX_PROVIDER_SHARE, "policies.maxProviderSharePct", false,
                        v -> TestScenarios.withPolicies(p -> with(p, "maxProviderSharePct", v))),
                new Place(Figure.HOST_OVERHEAD, "policies.hostOverheadFraction", false,
                        v -> TestScenarios.withPolicies(p -> with(p, "hostOverheadFraction", v))),
                new Place(Figure.WEIGHT, "weights.latency", false,
                        v -> with(TestScenarios.valid(), "weights", new ConstraintWeights(1, 1, 1, v, 1))));
    }

    @Test
    void everyFigureHasAPlaceHere() {
        Set<Figure> tested = places().map(Place::figure).collect(Collectors.toCollection(() -> EnumSet.noneOf(Figure.class)));
        // Max shards has its own test: its lower end meets the shard rules.
        tested.add(Figure.MAX_SHARDS);
        assertThat(tested).containsExactlyInAnyOrderElementsOf(Arrays.asList(Figure.values()));
    }

    @ParameterizedTest
    @MethodSource("places")
    void theLargestValueIsAcceptedAndTheNextRejected(Place place) {
        Figure figure = place.figure();
        assertThat(ScenarioValidator.validate(place.set().apply(figure.max()))).isEmpty();

        double outside = place.whole() ? figure.max() + 1 : Math.nextUp(figure.max());
        List<ValidationProblem> problems = ScenarioValidator.validate(place.set().apply(outside));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(place.path());
            assertThat(p.message()).startsWith("must be at most " + Problems.grouped(figure.max()));
        });
    }

    @ParameterizedTest
    @MethodSource("places")
    void theSmallestValueIsAcceptedAndTheNextRejected(Place place) {
        Figure figure = place.figure();
        double inside = figure.minExcluded() ? Math.nextUp(figure.min()) : figure.min();
        double outside = figure.minExcluded() ? figure.min()
                : place.whole() ? figure.min() - 1 : Math.nextDown(figure.min());
        if (figure == Figure.WEIGHT) {
            inside = Figure.SMALLEST_WEIGHT;
            outside = Math.nextDown(Figure.SMALLEST_WEIGHT);
        }
        assertThat(ScenarioValidator.validate(place.set().apply(inside))).as("%s", inside).isEmpty();
        assertThat(ScenarioValidator.validate(place.set().apply(outside))).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo(place.path()));
    }

    @Test
    void aWeightOfZeroSwitchesTheRuleOffAndATinyOneIsRejected() {
        Scenario off = with(TestScenarios.valid(), "weights", new ConstraintWeights(1, 1, 0, 1, 1));
        assertThat(ScenarioValidator.validate(off)).isEmpty();

        Scenario tiny = with(TestScenarios.valid(), "weights", new ConstraintWeights(1, 1, 0.004, 1, 1));
        assertThat(ScenarioValidator.validate(tiny)).containsExactly(new ValidationProblem("weights.cost",
                "must be 0 (the rule off) or at least 0.01 (weights count in hundredths), got 0.004"));
    }

    @Test
    void aWeightRaisedToMakeItsRuleDominateIsToldTheLevelsAlreadyDoThat() {
        Scenario huge = with(TestScenarios.valid(), "weights", new ConstraintWeights(1, 1, 1e10, 1, 1));
        assertThat(ScenarioValidator.validate(huge)).containsExactly(new ValidationProblem("weights.cost",
                "must be at most 1,000,000, got 10,000,000,000: a weight scales its rule within its level of the score,"
                        + " and the levels already come in order (unplaced demand, first refusal, cost, latency,"
                        + " provider share)"));
    }

    @Test
    void maxShardsGoesUpToAHundred() {
        Scenario hundred = TestScenarios.withWorkload(1, w -> with(w, "maxShards", 100));
        assertThat(ScenarioValidator.validate(hundred)).isEmpty();
        assertThat(ScenarioValidator.validate(TestScenarios.withWorkload(1, w -> with(w, "maxShards", 101))))
                .containsExactly(new ValidationProblem("workloads[1].maxShards", "must be at most 100 shards, got 101"));
        assertThat(ScenarioValidator.validate(TestScenarios.withWorkload(0, w -> with(w, "maxShards", 0)))).isEmpty();
        assertThat(ScenarioValidator.validate(TestScenarios.withWorkload(0, w -> with(w, "maxShards", -1))))
                .containsExactly(new ValidationProblem("workloads[0].maxShards", "must not be negative, got -1"));
    }

    @Test
    void messagesStateTheLimitWithItsUnit() {
        assertThat(ScenarioValidator.validate(TestScenarios.withWorkload(0, w -> with(w, "demand", 2e7))))
                .containsExactly(new ValidationProblem("workloads[0].demand",
                        "must be at most 10,000,000 ref accel, got 20,000,000"));
        assertThat(ScenarioValidator.validate(TestScenarios.withWorkload(0, w -> with(w, "demand", 1e308))))
                .containsExactly(new ValidationProblem("workloads[0].demand",
                        "must be at most 10,000,000 ref accel, got 1e308"));
        assertThat(ScenarioValidator.validate(TestScenarios.withPolicies(p -> with(p, "hostOverheadFraction", 20.0))))
                .containsExactly(new ValidationProblem("policies.hostOverheadFraction",
                        "must be at most 10 (+1,000 %), got 20 (+2,000 %)"));
        assertThat(ScenarioValidator.validate(TestScenarios.withProvider(0, p -> with(p, "egressCrossCloudPerGb", 1e15))))
                .containsExactly(new ValidationProblem("providers[0].egressCrossCloudPerGb",
                        "must be at most 100 $/GB, got 1e15"));
    }

    @Test
    void theHorizonSpansAtMostTwentyYears() {
        var q1 = TestScenarios.Q1;
        Scenario twenty = with(TestScenarios.valid(), "horizon", new com.capacityworkbench.model.scenario.Horizon(q1,
                q1.plus(79)));
        assertThat(ScenarioValidator.validate(twenty)).isEmpty();
        Scenario longer = with(TestScenarios.valid(), "horizon", new com.capacityworkbench.model.scenario.Horizon(q1,
                q1.plus(80)));
        assertThat(ScenarioValidator.validate(longer)).containsExactly(new ValidationProblem("horizon.last",
                "the horizon 2027-Q1..2047-Q1 has 81 quarters; at most 80 (20 years) can be planned"));
    }

    /** Each range once, as the docs print it: keeps the catalogue readable where it is shown to planners. */
    @Test
    void rangesReadAsThePlannerWritesThem() {
        Map<Figure, String> expected = new HashMap<>();
        expected.put(Figure.DEMAND, "more than 0 to 10,000,000 ref accel");
        expected.put(Figure.TRAINING_FACTOR, "0.01 to 1,000 × H100");
        expected.put(Figure.PORTING_COST, "0 to 1,000,000,000,000 $");
        expected.put(Figure.PUE, "1 to 10");
        expected.forEach((figure, text) -> assertThat(figure.describe()).as(figure.name()).isEqualTo(text));
    }
}
