package com.capacityworkbench.model.uncertainty;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scenario's uncertain inputs; empty when the planner has said nothing about what may move. */
public record UncertaintyModel(List<UncertainInput> inputs) {

    public static final UncertaintyModel NONE = new UncertaintyModel(List.of());

    public UncertaintyModel {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /** The independent dimensions a sample draws: one per driver, one per input without a driver, in order. */
    public List<String> dimensions() {
        Set<String> dimensions = new LinkedHashSet<>();
        inputs.forEach(input -> dimensions.add(input.dimension()));
        return List.copyOf(dimensions);
    }
}
