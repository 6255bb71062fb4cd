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
                i % 2 == 0 ? List.of("train") : List.of(), Map.of("lab-pool", 100.0 * i), 1.0)).toList();
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
}
