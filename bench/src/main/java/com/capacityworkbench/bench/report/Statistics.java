package com.capacityworkbench.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Medians over seeds. */
public final class Statistics {

    private Statistics() {
    }

    /** The middle value; the mean of the two middle values for an even count. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the median of");
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * The median of values that can only be ordered (scores, verdicts): the middle one, or of the two
     * middle ones the worse (the lower in {@code order}), so a median never flatters the solver.
     */
    public static <T> T lowerMedian(List<T> values, Comparator<? super T> order) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the median of");
        }
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(order);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
