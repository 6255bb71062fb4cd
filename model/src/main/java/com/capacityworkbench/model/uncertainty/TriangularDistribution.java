package com.capacityworkbench.model.uncertainty;

import java.util.ArrayList;
import java.util.List;

/** From {@code min} to {@code max}, most likely at {@code mode}: a planner's "low, likely, high". */
public record TriangularDistribution(double min, double mode, double max) implements Distribution {

    @Override
    public double quantile(double probability) {
        if (min == max) {
            return min;
        }
        return org.apache.commons.statistics.distribution.TriangularDistribution.of(min, mode, max)
                .inverseCumulativeProbability(probability);
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>(Bounds.finite("min", min, "max", max));
        problems.addAll(Bounds.finite("mode", mode));
        if (problems.isEmpty() && (mode < min || mode > max)) {
            problems.add("mode " + Bounds.text(mode) + " is outside min " + Bounds.text(min) + " to max "
                    + Bounds.text(max));
        }
        return problems;
    }

    @Override
    public String describe() {
        return "triangular " + Bounds.text(min) + ", most likely " + Bounds.text(mode) + ", to " + Bounds.text(max);
    }
}
