package com.capacityworkbench.model.portfolio;

import java.util.Arrays;

/** How a figure spread over the futures: P10, P50 and P90 (linear between ranks), and the extremes. */
public record KpiSpread(double p10, double p50, double p90, double min, double max, int samples) {

    public static KpiSpread of(double[] values) {
        if (values.length == 0) {
            return new KpiSpread(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new KpiSpread(percentile(sorted, 10), percentile(sorted, 50), percentile(sorted, 90), sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }

    /** The value a share {@code pct} of the futures stay at or below, interpolated between neighbouring ranks. */
    static double percentile(double[] sorted, double pct) {
        double rank = pct / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
