package com.capacityworkbench.model.compare;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One KPI across the compared plans: {@code values.get(0)} is the base, the others are variants in
 * column order. {@code bestColumn} is the column with the best value (null when all are equal or the
 * KPI has no better side).
 */
public record KpiRow(String group, String kpi, String unit, KpiDirection direction, List<Double> values,
                     @Nullable Integer bestColumn) {

    public KpiRow {
        values = List.copyOf(values);
    }

    /** Difference to the base in the KPI's unit. */
    public double deltaFromBase(int column) {
        return values.get(column) - values.get(0);
    }

    /** Difference to the base in percent of the base; null when the base is 0. */
    public @Nullable Double deltaPctFromBase(int column) {
        double base = values.get(0);
        return base == 0 ? null : 100.0 * deltaFromBase(column) / Math.abs(base);
    }
}
