package com.capacityworkbench.model.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * How many futures fall in each of a few equal ranges of one figure, lowest first: the shape of a spread that P10,
 * P50 and P90 alone hide (two humps: some futures lose a whole campus). The GUI, the workbook and the deck draw the
 * same bins.
 */
public record Histogram(List<Bin> bins) {

    /** One range of the figure, {@code from} inclusive, and the futures in it (the last range includes its top). */
    public record Bin(double from, double to, int count) {

        public boolean holds(double value, boolean last) {
            return value >= from && (value < to || last && value <= to);
        }
    }

    public Histogram {
        bins = List.copyOf(bins);
    }

    /** {@code count} equal ranges from the lowest to the highest value (ranges one unit wide when all are equal). */
    public static Histogram of(double[] values, int count) {
        if (values.length == 0) {
            return new Histogram(List.of());
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double width = Math.max(1, (max - min) / count);
        int[] counts = new int[count];
        for (double v : values) {
            counts[Math.min(count - 1, (int) ((v - min) / width))]++;
        }
        List<Bin> bins = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            bins.add(new Bin(min + b * width, min + (b + 1) * width, counts[b]));
        }
        return new Histogram(bins);
    }

    /** Whether {@code value} falls in bin {@code index}. */
    public boolean inBin(int index, double value) {
        return bins.get(index).holds(value, index == bins.size() - 1);
    }
}
