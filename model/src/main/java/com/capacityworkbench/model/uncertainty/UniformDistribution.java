package com.capacityworkbench.model.uncertainty;

import java.util.ArrayList;
import java.util.List;

/** Every value from {@code min} to {@code max} as likely. */
public record UniformDistribution(double min, double max) implements Distribution {

    @Override
    public double quantile(double probability) {
        return min + probability * (max - min);
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>(Bounds.finite("min", min, "max", max));
        if (problems.isEmpty() && min > max) {
            problems.add("min " + Bounds.text(min) + " is above max " + Bounds.text(max));
        }
        return problems;
    }

    @Override
    public String describe() {
        return "uniform " + Bounds.text(min) + " to " + Bounds.text(max);
    }
}
