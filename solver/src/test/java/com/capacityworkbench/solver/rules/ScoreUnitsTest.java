package com.capacityworkbench.solver.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.scenario.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The score's whole units never saturate: Math.round turns 1e19 into the largest long without a word, which
 * is how a validated file once crashed the solve. Too large is a {@link ScoreOverflow} that says so.
 */
class ScoreUnitsTest {

    @Test
    void conversionsAreExactUpToTheLimitOfALong() {
        assertThat(ScoreUnits.dollars(4.5e18)).isEqualTo(4_500_000_000_000_000_000L);
        assertThat(ScoreUnits.dollars(2.5)).isEqualTo(3);
        assertThat(ScoreUnits.capWatts(100_000)).isEqualTo(100_000_000_000L);
    }

    @Test
    void aFigureNoLongHoldsIsAnOverflowWithAHint() {
        assertThatThrownBy(() -> ScoreUnits.dollars(1e19)).isInstanceOf(ScoreOverflow.class)
                .hasMessageStartingWith("1.0E19 $ does not fit the score's 64-bit arithmetic")
                .hasMessageContaining("\nMaybe the scenario was not validated");
        assertThatThrownBy(() -> ScoreUnits.acceleratorHours(Double.POSITIVE_INFINITY)).isInstanceOf(ScoreOverflow.class);
        assertThatThrownBy(() -> ScoreUnits.watts(Double.NaN)).isInstanceOf(ScoreOverflow.class);
        assertThatThrownBy(() -> ScoreUnits.unplacedDemand(1e308, 5)).isInstanceOf(ScoreOverflow.class);
    }

    @Test
    void sumsAndProductsAreExact() {
        assertThat(ScoreUnits.add(Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(ScoreUnits.add(-5, 3)).isEqualTo(-2);
        assertThatThrownBy(() -> ScoreUnits.add(Long.MAX_VALUE, 1)).isInstanceOf(ScoreOverflow.class)
                .hasMessageStartingWith("9223372036854775807 + 1 does not fit");
        assertThatThrownBy(() -> ScoreUnits.add(Long.MIN_VALUE, -1)).isInstanceOf(ScoreOverflow.class);
        assertThat(ScoreUnits.times(3_000_000_000L, 3)).isEqualTo(9_000_000_000L);
        assertThatThrownBy(() -> ScoreUnits.times(1L << 62, 2)).isInstanceOf(ScoreOverflow.class);
    }

    @Test
    void moreAcceleratorsThanAnIntCountsAreAnOverflowNotTheLargestInt() {
        AcceleratorType tiny = new AcceleratorType("tiny", "x", SoftwareFamily.CUDA, 80, 700, 0.001, 0.001, 0);
        Workload huge = new Workload("huge", WorkloadKind.TRAINING, 1e308, Period.quarter(2027, 1),
                Period.quarter(2027, 1), 1, Set.of(), 0, List.of(), false, false, 1, null, null, null, null, false);
        assertThatThrownBy(() -> PlacementCalculator.acceleratorsFor(1e308, tiny, huge)).isInstanceOf(ScoreOverflow.class)
                .hasMessageContaining("accelerators of tiny for huge");
        assertThat(PlacementCalculator.acceleratorsFor(2e6, tiny, huge)).isEqualTo(2_000_000_000);
        assertThatThrownBy(() -> PlacementCalculator.acceleratorsFor(3e6, tiny, huge)).isInstanceOf(ScoreOverflow.class);
    }
}
