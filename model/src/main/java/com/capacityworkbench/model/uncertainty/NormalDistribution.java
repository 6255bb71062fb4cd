package com.capacityworkbench.model.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;

/**
 * A bell around {@code mean} with standard deviation {@code sd}, cut to {@code min}..{@code max} so that a factor
 * never turns negative and a delay never runs off the horizon.
 */
public record NormalDistribution(double mean, double sd, double min, double max) implements Distribution {

    @Override
    public double quantile(double probability) {
        if (sd == 0 || min == max) {
            return Math.clamp(mean, min, max);
        }
        return TruncatedNormalDistribution.of(mean, sd, min, max).inverseCumulativeProbability(probability);
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>(Bounds.finite("min", min, "max", max));
        problems.addAll(Bounds.finite("mean", mean, "sd", sd));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (sd < 0) {
            problems.add("sd " + Bounds.text(sd) + " is negative");
        }
        if (min > max) {
            problems.add("min " + Bounds.text(min) + " is above max " + Bounds.text(max));
        } else if (sd > 0 && (mean - min > 8 * sd || max - mean > 8 * sd) && (mean < min || mean > max)) {
            // The cut range would hold almost none of the bell: the draws would all pile up at one end.
            problems.add("mean " + Bounds.text(mean) + " is more than 8 sd outside min " + Bounds.text(min)
                    + " to max " + Bounds.text(max));
        }
        return problems;
    }

    @Override
    public String describe() {
        return "normal " + Bounds.text(mean) + " ± " + Bounds.text(sd) + " within " + Bounds.text(min) + " to "
                + Bounds.text(max);
    }
}
