package com.capacityworkbench.model.portfolio;

import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.Variant;
import java.util.List;
import java.util.Map;

/**
 * One drawn future: the value of every uncertain input and the what-if changes they make to the base.
 *
 * @param index  0-based number of the sample in its design
 * @param values each input's drawn value, by input name, in the model's order
 */
public record FutureSample(int index, Map<String, Double> values, List<Change> changes) {

    public FutureSample {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        changes = List.copyOf(changes);
    }

    /** The sample as a what-if of the base, to resolve and solve like any variant. */
    public Variant variant() {
        return new Variant("sample-" + (index + 1), "Sample " + (index + 1), null,
                "A future drawn from the scenario's uncertainty", changes);
    }
}
