package com.capacityworkbench.solver.portfolio;

import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.model.portfolio.TornadoBar;
import static com.capacityworkbench.solver.testing.ScenarioBuilder.h100;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution.Outcome;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import com.capacityworkbench.model.uncertainty.UniformDistribution;
import com.capacityworkbench.solver.testing.ScenarioBuilder;
import com.capacityworkbench.solver.testing.Solving;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #16, both modes on a hand-made case: today all work runs on a committed Azure pool; in half the futures the
 * pool slips past the horizon and the work must go to on-demand AWS capacity; inference demand may fall by up to a fifth.
 */
class SweepTest {

    private static final int SAMPLES = 20;
    private static Scenario scenario;
    private static Plan today;

    @BeforeAll
    static void solveToday() throws Exception {
        scenario = new ScenarioBuilder("slip")
                .provider("azure", ProviderKind.CLOUD, 0.02, 0.08)
                .provider("aws", ProviderKind.CLOUD, 0.02, 0.09)
                .site(ScenarioBuilder.site("azure-east", "azure", "US", "us-east"))
                .site(ScenarioBuilder.site("aws-east", "aws", "US", "us-east"))
                .accelerator(h100())
                .pool("azure-h100", "azure-east", "H100", 1000, PricingKind.COMMITTED, 2)
                .pool("aws-h100", "aws-east", "H100", 1000, PricingKind.ON_DEMAND, 6)
                .workload("serve", 800, w -> w.kind(WorkloadKind.INFERENCE))
                .workload("tune", 200, w -> w.kind(WorkloadKind.FINE_TUNE))
                .build();
        today = Solving.solve(scenario, 2_000);
    }

    private static UncertaintyModel slipAndDemand() {
        return new UncertaintyModel(List.of(
                new UncertainInput("Azure slip", UncertainKind.POOL_DELAY, "pool", "azure-h100",
                        new DiscreteDistribution(List.of(new Outcome(0, 0.5), new Outcome(8, 0.5))), null, Set.of()),
                new UncertainInput("Inference demand", UncertainKind.DEMAND_FACTOR, "kind", "inference",
                        new UniformDistribution(0.8, 1.0), null, Set.of())));
    }

    private static SweepResult sweep(SweepMode mode, long seed) throws InterruptedException {
        return Sweep.run(scenario, today, slipAndDemand(),
                new SweepSettings(SAMPLES, seed, mode, 60, 2_000L), new LocalSweepEngine(),
                SweepListener.NONE, () -> false);
    }

    @Test
    void stressingThePlanMovesTheWorkExactlyInTheFuturesWhereItsPoolSlips() throws Exception {
        assertThat(today.assignments()).allSatisfy(a -> assertThat(a.pool()).isEqualTo("azure-h100"));

        SweepResult result = sweep(SweepMode.STRESS, 3);

        assertThat(result.complete()).isTrue();
        assertThat(result.samples()).hasSize(SAMPLES);
        assertThat(result.samples()).allSatisfy(s -> {
            boolean slipped = s.values().get("Azure slip") > 0;
            assertThat(s.movedWorkloads()).isEqualTo(slipped ? List.of("serve", "tune") : List.of());
            assertThat(s.unplacedDemand()).isZero();
            assertThat(s.hardViolations()).isZero();
        });
        assertThat(result.movedOdds()).containsEntry("serve", 0.5).containsEntry("tune", 0.5);
        // On AWS every accelerator-hour is paid; on Azure the commitment was paid anyway.
        assertThat(result.tornado(SampleResult::totalCostUsd).getFirst().input()).isEqualTo("Azure slip");
        assertThat(result.totalCost().p90()).isGreaterThan(result.totalCost().p10());
        assertThat(result.unplacedOdds()).isEmpty();
    }

    @Test
    void replanningGivesTheSameFuturesTheSameFiguresForTheSameSeed() throws Exception {
        SweepResult first = sweep(SweepMode.REPLAN, 5);
        SweepResult again = sweep(SweepMode.REPLAN, 5);

        assertThat(first.samples()).extracting(SampleResult::values, SampleResult::totalCostUsd, SampleResult::movedWorkloads)
                .isEqualTo(again.samples().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.values(),
                        s.totalCostUsd(), s.movedWorkloads())).toList());
        assertThat(first.samples().stream().filter(s -> s.values().get("Azure slip") > 0).count()).isEqualTo(SAMPLES / 2);
        // Less inference demand on AWS costs less: the demand input moves cost the other way round.
        TornadoBar demand = first.tornado(SampleResult::totalCostUsd).stream()
                .filter(b -> b.input().equals("Inference demand")).findFirst().orElseThrow();
        assertThat(demand.whenHigh()).isGreaterThanOrEqualTo(demand.whenLow());
    }

    @Test
    void stressKeepsWhatStillHoldsWhereReplanningTakesTheCheaperRoomTheFutureOffers() throws Exception {
        // Today Azure is full with serve, so tune pays for AWS; every future brings Azure 30-50 % more accelerators.
        Scenario tight = scenario.withPools(List.of(scenario.pools().get(0).withCounts(800, java.util.Map.of()),
                scenario.pools().get(1)));
        Plan tightToday = Solving.solve(tight, 2_000);
        assertThat(tightToday.assignments()).extracting(a -> a.workload() + "@" + a.pool())
                .containsExactlyInAnyOrder("serve@azure-h100", "tune@aws-h100");
        UncertaintyModel growth = new UncertaintyModel(List.of(new UncertainInput("Azure deal grows",
                UncertainKind.POOL_COUNT_FACTOR, "pool", "azure-h100", new UniformDistribution(1.3, 1.5), null, Set.of())));

        SweepResult stressed = Sweep.run(tight, tightToday, growth, new SweepSettings(6, 1, SweepMode.STRESS,
                60, 2_000L), new LocalSweepEngine(), SweepListener.NONE, () -> false);
        SweepResult replanned = Sweep.run(tight, tightToday, growth, new SweepSettings(6, 1, SweepMode.REPLAN,
                60, 2_000L), new LocalSweepEngine(), SweepListener.NONE, () -> false);

        assertThat(stressed.movedOdds()).isEmpty();
        assertThat(replanned.movedOdds()).containsExactly(java.util.Map.entry("tune", 1.0));
        assertThat(replanned.totalCost().max()).isLessThan(stressed.totalCost().min());
    }

    @Test
    void aStoppedSweepKeepsTheFuturesItFinished() throws Exception {
        AtomicInteger heard = new AtomicInteger();

        SweepResult result = Sweep.run(scenario, today, slipAndDemand(),
                new SweepSettings(SAMPLES, 3, SweepMode.STRESS, 60, 2_000L), new LocalSweepEngine(),
                (sample, finished, total) -> heard.set(finished), () -> heard.get() >= 4);

        assertThat(result.complete()).isFalse();
        assertThat(result.samples()).extracting(SampleResult::index).containsExactly(0, 1, 2, 3);
        assertThat(result.totalCost().samples()).isEqualTo(4);
    }

    @Test
    void percentilesInterpolateBetweenRanks() {
        KpiSpread spread = KpiSpread.of(new double[] {5, 1, 4, 2, 3});

        assertThat(spread.p50()).isEqualTo(3);
        assertThat(spread.p10()).isCloseTo(1.4, within(1e-12));
        assertThat(spread.p90()).isCloseTo(4.6, within(1e-12));
        assertThat(spread.min()).isEqualTo(1);
        assertThat(spread.max()).isEqualTo(5);
    }
}
