package com.capacityworkbench.model.portfolio;

import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws futures from an uncertainty model: a Latin hypercube over its dimensions (one per driver, one per input
 * without a driver), each input's value its distribution's quantile at its dimension's probability. The same model,
 * count and seed always give the same futures, on any machine.
 */
public final class SampleDesign {

    private SampleDesign() {
    }

    public static List<FutureSample> draw(UncertaintyModel model, int samples, long seed) {
        List<String> dimensions = model.dimensions();
        double[][] design = LatinHypercube.draw(samples, dimensions.size(), seed);
        List<FutureSample> futures = new ArrayList<>(samples);
        for (int s = 0; s < samples; s++) {
            Map<String, Double> values = new LinkedHashMap<>();
            List<Change> changes = new ArrayList<>();
            for (UncertainInput input : model.inputs()) {
                double value = input.distribution().quantile(design[s][dimensions.indexOf(input.dimension())]);
                values.put(input.name(), value);
                Change change = FutureChanges.of(input, value);
                if (change != null) {
                    changes.add(change);
                }
            }
            futures.add(new FutureSample(s, values, changes));
        }
        return futures;
    }
}
