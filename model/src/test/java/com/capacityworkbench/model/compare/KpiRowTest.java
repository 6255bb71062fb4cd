package com.capacityworkbench.model.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A difference is within solver noise when it is no larger than the larger known spread of its two plans. */
class KpiRowTest {

    private static KpiRow row(List<Double> values, List<Double> spreads) {
        return new KpiRow("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER, values, null, spreads);
    }

    @Test
    void aDifferenceNoLargerThanEitherPlansSpreadIsWithinNoise() {
        KpiRow row = row(List.of(100.0, 95.0, 90.0, 104.0), List.of(5.0, 1.0, 2.0, Double.NaN));

        assertThat(row.withinNoise(1)).as("5 ≤ the base's 5").isTrue();
        assertThat(row.withinNoise(2)).as("10 > 5 and 2").isFalse();
        assertThat(row.withinNoise(3)).as("4 ≤ the base's 5; the variant's own spread unknown").isTrue();
        assertThat(row.withinNoise(0)).as("the base is no difference").isFalse();
        assertThat(row.largestSpread()).isEqualTo(5.0);
        assertThat(row.spread(3)).isNull();
    }

    @Test
    void noDifferenceAndNoKnownSpreadAreNeverMarked() {
        assertThat(row(List.of(100.0, 100.0), List.of(5.0, 5.0)).withinNoise(1)).as("equal values").isFalse();
        KpiRow unknown = row(List.of(100.0, 99.0), List.of(Double.NaN, Double.NaN));
        assertThat(unknown.withinNoise(1)).isFalse();
        assertThat(unknown.largestSpread()).isNull();
        assertThat(row(List.of(100.0, 99.0), List.of(0.0, 0.0)).withinNoise(1)).as("proven plans have no noise")
                .isFalse();
    }

    @Test
    void aRowWithoutSpreadsKnowsNone() {
        KpiRow row = new KpiRow("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER, List.of(1.0, 2.0), 0);
        assertThat(row.spreads()).hasSize(2).allMatch(s -> s.isNaN());
        assertThat(row.withinNoise(1)).isFalse();
    }
}
