package com.capacityworkbench.model.compare;

import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One KPI across the compared plans: {@code values.get(0)} is the base, the others are variants in
 * column order. {@code bestColumn} is the column with the best value (null when all are equal or the
 * KPI has no better side).
 *
 * @param spreads per column, how far this KPI spread over the seeds its scenario was solved with (max − min);
 *                0 for a plan proven optimal (no solver noise), NaN when unknown (one seed, not proven)
 */
public record KpiRow(String group, String kpi, String unit, KpiDirection direction, List<Double> values,
                     @Nullable Integer bestColumn, List<Double> spreads) {

    /** Differences this small are equal values printed differently, not a change. */
    private static final double TIE = 1e-6;

    public KpiRow {
        values = List.copyOf(values);
        spreads = List.copyOf(spreads);
        if (spreads.size() != values.size()) {
            throw new IllegalArgumentException("KPI " + kpi + " has " + values.size() + " values but "
                    + spreads.size() + " spreads" + System.lineSeparator() + "Maybe pass NaN for an unknown spread.");
        }
    }

    /** A row without knowledge of solver noise. */
    public KpiRow(String group, String kpi, String unit, KpiDirection direction, List<Double> values,
            @Nullable Integer bestColumn) {
        this(group, kpi, unit, direction, values, bestColumn, Collections.nCopies(values.size(), Double.NaN));
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

    /** The column's spread over seeds; null when unknown. */
    public @Nullable Double spread(int column) {
        double spread = spreads.get(column);
        return Double.isNaN(spread) ? null : spread;
    }

    /** The largest known spread in the row; null when none is known. */
    public @Nullable Double largestSpread() {
        return spreads.stream().filter(s -> !Double.isNaN(s)).max(Double::compare).orElse(null);
    }

    /** Every plan's spread is known (solved with several seeds, or proven optimal). */
    public boolean spreadsKnown() {
        return spreads.stream().noneMatch(s -> Double.isNaN(s));
    }

    /**
     * The column differs from the base by no more than the solver's noise: the larger known spread of the two
     * plans. A difference of zero is no difference, and with no spread known nothing is claimed.
     */
    public boolean withinNoise(int column) {
        double delta = Math.abs(deltaFromBase(column));
        if (column == 0 || delta <= TIE * Math.max(1, Math.abs(values.get(0)))) {
            return false;
        }
        Double base = spread(0);
        Double other = spread(column);
        if (base == null && other == null) {
            return false;
        }
        double noise = Math.max(base == null ? 0 : base, other == null ? 0 : other);
        return delta <= noise;
    }
}
