package com.capacityworkbench.model.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue #16: what a planner reads off a sweep's futures. */
class SweepResultTest {

    /** Ten futures: GPU prices (one driver, two inputs) move cost, demand moves unplaced demand; two futures lose "chat". */
    private static SweepResult tenFutures() {
        List<SampleResult> samples = IntStream.range(0, 10).mapToObj(i -> new SampleResult(i,
                Map.of("H100 price", 0.8 + i * 0.04, "H200 price", 0.9 + i * 0.02, "Demand", 1.0 + (i * 7 % 10) * 0.05),
                1e9 * (1 + i * 0.1), 1000.0 * (i * 7 % 10), 0, i < 2 ? List.of("chat") : List.of(),
                i % 2 == 0 ? List.of("train") : List.of(), Map.of("lab-pool", 100.0 * i), 1.0,
                new java.util.TreeMap<>(Map.of("2027-Q2", 6e8 + i * 9e7, "2027-Q1", 4e8 + i * 1e7)),
                i < 5 ? Map.of("lab-pool", 10.0 * i) : Map.of("lab-pool", 10.0 * i, "new-pool", 50.0))).toList();
        return new SweepResult(new SweepSettings(10, 1, SweepMode.STRESS, 5, null),
                List.of("H100 price", "H200 price", "Demand"), Map.of("H100 price", "GPU market", "H200 price", "GPU market"),
                samples, true);
    }

    @Test
    void inputsOfOneDriverShareOneTornadoBarAndEachFigureHasItsOwnOrder() {
        SweepResult sweep = tenFutures();

        List<TornadoBar> cost = sweep.tornado(SampleResult::totalCostUsd);
        assertThat(cost).extracting(TornadoBar::input).containsExactly("GPU market", "Demand");
        assertThat(cost.getFirst().whenLow()).isCloseTo(1.05e9, within(1.0));
        assertThat(cost.getFirst().whenHigh()).isCloseTo(1.85e9, within(1.0));
        List<TornadoBar> unplaced = sweep.tornado(SampleResult::unplacedDemand);
        assertThat(unplaced.getFirst().input()).isEqualTo("Demand");
        assertThat(unplaced.getFirst().swing()).isEqualTo(8000);
    }

    @Test
    void oddsAndSpreadsCountTheFutures() {
        SweepResult sweep = tenFutures();

        assertThat(sweep.unplacedOdds()).containsExactly(Map.entry("chat", 0.2));
        assertThat(sweep.movedOdds()).containsExactly(Map.entry("train", 0.5));
        assertThat(sweep.totalCost().p50()).isCloseTo(1.45e9, within(1.0));
        assertThat(sweep.idleSunkByPool().get("lab-pool").max()).isEqualTo(900);
    }

    @Test
    void theFanHasOneSlicePerPeriodInTimeOrderAndAFutureWithoutAPeriodCountsNothingThere() {
        SweepResult sweep = tenFutures();

        Map<String, KpiSpread> fan = sweep.costByPeriod();
        assertThat(fan.keySet()).containsExactly("2027-Q1", "2027-Q2");
        assertThat(fan.get("2027-Q2").p50()).isCloseTo(6e8 + 4.5 * 9e7, within(1.0));
        assertThat(fan.get("2027-Q2").p10()).isCloseTo(6e8 + 0.9 * 9e7, within(1.0));

        SampleResult withoutQ1 = new SampleResult(10, Map.of(), 1e9, 0, 0, List.of(), List.of(), Map.of(), 1,
                Map.of("2027-Q2", 1e9, "2026-Q4", 5e8), Map.of());
        List<SampleResult> more = new java.util.ArrayList<>(sweep.samples());
        more.add(withoutQ1);
        SweepResult eleven = new SweepResult(sweep.settings(), sweep.inputs(), sweep.drivers(), more, false);
        assertThat(eleven.periods()).containsExactly("2026-Q4", "2027-Q1", "2027-Q2");
        assertThat(eleven.costByPeriod().get("2027-Q1").min()).isZero();
        assertThat(eleven.costByPeriod().get("2026-Q4").p50()).isZero();
    }

    @Test
    void theHistogramCountsEveryFutureOnceInEqualRanges() {
        SweepResult sweep = tenFutures();

        Histogram histogram = sweep.histogram(SampleResult::totalCostUsd, 5);
        assertThat(histogram.bins()).extracting(Histogram.Bin::count).containsExactly(2, 2, 2, 2, 2);
        assertThat(histogram.bins().getFirst().from()).isEqualTo(1e9);
        assertThat(histogram.bins().getLast().to()).isCloseTo(1.9e9, within(1.0));
        assertThat(histogram.inBin(4, 1.9e9)).isTrue();
        assertThat(histogram.inBin(3, 1.9e9)).isFalse();
        assertThat(Histogram.of(new double[] {7, 7, 7}, 4).bins()).extracting(Histogram.Bin::count)
                .containsExactly(3, 0, 0, 0);
    }

    @Test
    void clickingATornadoBarShowsTheFuturesItAveragesOver() {
        SweepResult sweep = tenFutures();

        // Ten futures: a fifth is two. GPU market reads H100 price, which rises with the future's number.
        assertThat(sweep.fifth("GPU market", false)).extracting(SampleResult::index).containsExactly(0, 1);
        assertThat(sweep.fifth("GPU market", true)).extracting(SampleResult::index).containsExactly(8, 9);
        // Demand is 1.0 + (i * 7 % 10) * 0.05: lowest at i = 0 (0) and 3 (1), highest at i = 4 (8) and 7 (9).
        assertThat(sweep.fifth("Demand", false)).extracting(SampleResult::index).containsExactly(0, 3);
        assertThat(sweep.fifth("Demand", true)).extracting(SampleResult::index).containsExactly(4, 7);
        TornadoBar cost = sweep.tornado(SampleResult::totalCostUsd).getFirst();
        assertThat(cost.whenHigh()).isEqualTo(sweep.fifth(cost.input(), true).stream()
                .mapToDouble(SampleResult::totalCostUsd).average().orElseThrow());
    }

    @Test
    void eachPoolsUtilisationSpreadsOverTheFuturesItExistsIn() {
        SweepResult sweep = tenFutures();

        Map<String, KpiSpread> utilisation = sweep.utilisationByPool();
        assertThat(utilisation.get("lab-pool").samples()).isEqualTo(10);
        assertThat(utilisation.get("lab-pool").p50()).isEqualTo(45);
        assertThat(utilisation.get("new-pool").samples()).isEqualTo(5);
        assertThat(utilisation.get("new-pool").p10()).isEqualTo(50);
    }
}
