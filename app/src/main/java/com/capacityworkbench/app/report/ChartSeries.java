package com.capacityworkbench.app.report;

import com.capacityworkbench.app.colors.SeriesPalette;
import java.util.ArrayList;
import java.util.List;

/** One series of a native chart: its name, its colour (hex), one value per category and whether a line is dashed. */
record ChartSeries(String name, String color, double[] values, boolean dashed) {

    /** At most this many series in a chart: more cannot be told apart at a projector's distance. */
    static final int MAX_SERIES = 12;

    ChartSeries {
        values = values.clone();
    }

    ChartSeries(String name, String color, double[] values) {
        this(name, color, values, false);
    }

    double total() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /**
     * The series as given (most important first) when they fit in a chart, else the first {@code MAX_SERIES − 1}
     * and one "other" series that sums the rest, so that stacked totals stay exact.
     */
    static List<ChartSeries> withOther(List<ChartSeries> ranked) {
        if (ranked.size() <= MAX_SERIES) {
            return ranked;
        }
        List<ChartSeries> kept = new ArrayList<>(ranked.subList(0, MAX_SERIES - 1));
        double[] rest = new double[ranked.getFirst().values().length];
        for (ChartSeries s : ranked.subList(MAX_SERIES - 1, ranked.size())) {
            for (int i = 0; i < rest.length; i++) {
                rest[i] += s.values()[i];
            }
        }
        kept.add(new ChartSeries("other (" + (ranked.size() - MAX_SERIES + 1) + ")", SeriesPalette.OTHER, rest));
        return kept;
    }
}
