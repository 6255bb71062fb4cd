package com.capacityworkbench.model.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.testing.TestScenarios;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution.Outcome;
import com.capacityworkbench.model.uncertainty.Distribution;
import com.capacityworkbench.model.uncertainty.NormalDistribution;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import com.capacityworkbench.model.uncertainty.UniformDistribution;
import com.capacityworkbench.model.validation.UncertaintyChecks;
import com.capacityworkbench.model.validation.ValidationProblem;
import com.capacityworkbench.model.variant.VariantResolver;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Issue #16: uncertain inputs, their distributions and drivers, and the futures a seed draws from them. */
class UncertaintyTest {

    private static final int DRAWS = 10_000;

    /** Each distribution's values at 10,000 evenly spread probabilities (one per stratum, as a design draws them). */
    private static double[] values(Distribution distribution) {
        double[][] design = LatinHypercube.draw(DRAWS, 1, 11);
        return Arrays.stream(design).mapToDouble(row -> distribution.quantile(row[0])).toArray();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }

    @Nested
    class Distributions {

        @Test
        void uniformCoversItsRangeEvenly() {
            double[] v = values(new UniformDistribution(0.8, 1.2));

            assertThat(Arrays.stream(v).min().orElseThrow()).isGreaterThanOrEqualTo(0.8).isLessThan(0.8001);
            assertThat(Arrays.stream(v).max().orElseThrow()).isLessThan(1.2).isGreaterThan(1.1999);
            assertThat(mean(v)).isCloseTo(1.0, within(0.001));
            assertThat(sd(v)).isCloseTo(0.4 / Math.sqrt(12), within(0.001));
        }

        @Test
        void triangularLeansToItsMode() {
            double[] v = values(new TriangularDistribution(0, 1, 4));

            assertThat(mean(v)).isCloseTo(5.0 / 3, within(0.01));
            // The median of a triangle with its mode at a quarter: 4 − sqrt(4 × 3 / 2).
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            assertThat(sorted[DRAWS / 2]).isCloseTo(4 - Math.sqrt(6), within(0.01));
            assertThat(sorted[0]).isGreaterThanOrEqualTo(0);
            assertThat(sorted[DRAWS - 1]).isLessThanOrEqualTo(4);
        }

        @Test
        void normalIsCutToItsRange() {
            double[] wide = values(new NormalDistribution(1.0, 0.1, 0, 2));
            assertThat(mean(wide)).isCloseTo(1.0, within(0.002));
            assertThat(sd(wide)).isCloseTo(0.1, within(0.002));

            double[] cut = values(new NormalDistribution(1.0, 0.2, 0.9, 1.5));
            assertThat(Arrays.stream(cut).min().orElseThrow()).isGreaterThanOrEqualTo(0.9);
            assertThat(Arrays.stream(cut).max().orElseThrow()).isLessThanOrEqualTo(1.5);
            assertThat(mean(cut)).isGreaterThan(1.0);
        }

        @Test
        void discreteOutcomesComeAsOftenAsTheirProbabilities() {
            double[] v = values(new DiscreteDistribution(List.of(new Outcome(2, 0.3), new Outcome(0, 0.5),
                    new Outcome(1, 0.2))));

            assertThat(Arrays.stream(v).filter(x -> x == 0).count() / (double) DRAWS).isCloseTo(0.5, within(0.001));
            assertThat(Arrays.stream(v).filter(x -> x == 1).count() / (double) DRAWS).isCloseTo(0.2, within(0.001));
            assertThat(Arrays.stream(v).filter(x -> x == 2).count() / (double) DRAWS).isCloseTo(0.3, within(0.001));
        }

        @Test
        void eachSaysWhatIsWrongWithItsParameters() {
            assertThat(new UniformDistribution(1.2, 0.8).problems()).containsExactly("min 1.2 is above max 0.8");
            assertThat(new TriangularDistribution(0, 5, 4).problems()).containsExactly("mode 5 is outside min 0 to max 4");
            assertThat(new NormalDistribution(1, -0.1, 0, 2).problems()).containsExactly("sd -0.1 is negative");
            assertThat(new NormalDistribution(Double.NaN, 0.1, 0, 2).problems()).containsExactly("mean is not a finite number");
            assertThat(DiscreteDistribution.chance(0.3).problems()).isEmpty();
            assertThat(new DiscreteDistribution(List.of(new Outcome(1, 0.5), new Outcome(2, 0.3))).problems())
                    .containsExactly("probabilities add up to 0.8, not 1");
            assertThat(new DiscreteDistribution(List.of()).problems()).containsExactly("has no outcomes");
        }
    }

    @Nested
    class Design {

        @Test
        void everyStratumOfEveryDimensionIsHitOnce() {
            double[][] design = LatinHypercube.draw(100, 3, 5);

            for (int d = 0; d < 3; d++) {
                int dimension = d;
                assertThat(IntStream.range(0, 100).map(s -> (int) (design[s][dimension] * 100)).sorted().toArray())
                        .containsExactly(IntStream.range(0, 100).toArray());
            }
        }

        @Test
        void theSameSeedDrawsTheSameFuturesAndAnotherSeedOthers() {
            UncertaintyModel model = gpuMarket();

            assertThat(SampleDesign.draw(model, 50, 7)).isEqualTo(SampleDesign.draw(model, 50, 7));
            assertThat(SampleDesign.draw(model, 50, 8)).isNotEqualTo(SampleDesign.draw(model, 50, 7));
        }

        @Test
        void inputsOfOneDriverMoveTogetherAndOthersDoNot() {
            List<FutureSample> futures = SampleDesign.draw(gpuMarket(), 1_000, 3);
            double[] h100 = futures.stream().mapToDouble(f -> f.values().get("H100 price")).toArray();
            double[] trn2 = futures.stream().mapToDouble(f -> f.values().get("Trainium price")).toArray();
            double[] demand = futures.stream().mapToDouble(f -> f.values().get("Inference growth")).toArray();

            assertThat(gpuMarket().dimensions()).containsExactly("driver GPU market", "input Inference growth");
            // One probability, each input's own distribution: the same order, not the same numbers.
            Integer[] byH100 = IntStream.range(0, h100.length).boxed().sorted((i, j) -> Double.compare(h100[i], h100[j]))
                    .toArray(Integer[]::new);
            assertThat(Arrays.stream(byH100).mapToDouble(i -> trn2[i]).toArray()).isSorted();
            assertThat(Math.abs(correlation(h100, demand))).isLessThan(0.1);
        }

        @Test
        void aFutureIsAWhatIfOfTheBase() {
            Scenario base = TestScenarios.valid();
            FutureSample future = SampleDesign.draw(gpuMarket(), 10, 1).get(4);

            Scenario drawn = new VariantResolver(base, List.of(future.variant())).resolve("sample-5").scenario();

            Pool before = base.pools().stream().filter(p -> p.id().equals("aws-trn2")).findFirst().orElseThrow();
            Pool after = drawn.pools().stream().filter(p -> p.id().equals("aws-trn2")).findFirst().orElseThrow();
            assertThat(after.pricePerAccelHour())
                    .isCloseTo(before.pricePerAccelHour() * future.values().get("Trainium price"), within(1e-9));
            assertThat(drawn.workloads().get(1).demand())
                    .isCloseTo(base.workloads().get(1).demand() * future.values().get("Inference growth"), within(1e-9));
            assertThat(drawn.workloads().get(0).demand()).isEqualTo(base.workloads().get(0).demand());
        }

        @Test
        void aWideningHappensInAsManyFuturesAsItsProbabilitySays() {
            UncertaintyModel model = new UncertaintyModel(List.of(new UncertainInput("EU data to the US", 
                    UncertainKind.RESIDENCY_WIDENING, "dataset", "eu-logs", DiscreteDistribution.chance(0.25), null,
                    Set.of("US"))));

            List<FutureSample> futures = SampleDesign.draw(model, 200, 9);

            assertThat(futures.stream().filter(f -> !f.changes().isEmpty()).count()).isEqualTo(50);
        }
    }

    @Test
    void problemsNameTheirPlace() {
        UncertaintyModel model = new UncertaintyModel(List.of(
                new UncertainInput("GPU price", UncertainKind.PRICE_FACTOR, "accelerator", "b300",
                        new UniformDistribution(0.8, 1.2), null, Set.of()),
                new UncertainInput("GPU price", UncertainKind.POWER_CAP_FACTOR, "pool", "azure-h100",
                        new UniformDistribution(-0.5, 1.2), null, Set.of()),
                new UncertainInput("Slip", UncertainKind.POOL_DELAY, "pool", "azure-h100",
                        new TriangularDistribution(0, 3, 2), null, Set.of()),
                new UncertainInput("Widen", UncertainKind.RESIDENCY_WIDENING, "dataset", "eu-logs",
                        new UniformDistribution(0, 1), null, Set.of())));

        assertThat(UncertaintyChecks.validate(TestScenarios.valid().withUncertainty(model))).extracting(ValidationProblem::toString).containsExactly(
                "uncertainty[0].id: there is no accelerator \"b300\"",
                "uncertainty[1].name: \"GPU price\" names two uncertain inputs",
                "uncertainty[1].target: a power cap factor applies to a site, not \"pool\"",
                "uncertainty[1].distribution: GPU price: a power cap factor cannot be below 0 (the distribution reaches -0.5)",
                "uncertainty[2].distribution: Slip: mode 3 is outside min 0 to max 2",
                "uncertainty[3].distribution: Widen: a residency widening happens (1) or not (0) with a probability",
                "uncertainty[3].widenTo: Widen: a residency widening names the jurisdictions its dataset may then go to");
        assertThat(UncertaintyChecks.validate(TestScenarios.valid().withUncertainty(gpuMarket()))).isEmpty();
    }

    /** H100 and Trainium prices on one driver, inference demand on its own. */
    private static UncertaintyModel gpuMarket() {
        return new UncertaintyModel(List.of(
                new UncertainInput("H100 price", UncertainKind.PRICE_FACTOR, "accelerator", "h100",
                        new TriangularDistribution(0.7, 0.9, 1.1), "GPU market", Set.of()),
                new UncertainInput("Trainium price", UncertainKind.PRICE_FACTOR, "accelerator", "trn2",
                        new UniformDistribution(0.6, 1.0), "GPU market", Set.of()),
                new UncertainInput("Inference growth", UncertainKind.DEMAND_FACTOR, "kind", "inference",
                        new NormalDistribution(1.2, 0.15, 0.8, 1.8), null, Set.of())));
    }

    private static double correlation(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double cov = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
        }
        return cov / (a.length - 1) / (sd(a) * sd(b));
    }
}
