package com.capacityworkbench.model.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A few outcomes, each with its probability ("a 30 % chance the campus slips two quarters"). */
public record DiscreteDistribution(List<Outcome> outcomes) implements Distribution {

    /** Probabilities must add up to 1 within this (they come from sheets with rounded percentages). */
    private static final double TOLERANCE = 1e-6;

    /** One value and how likely it is. */
    public record Outcome(double value, double probability) {
    }

    public DiscreteDistribution {
        outcomes = outcomes == null ? List.of() : outcomes.stream()
                .sorted(Comparator.comparingDouble(Outcome::value)).toList();
    }

    /** Whether the event happens (1) with {@code probability}, else not (0): for a residency widening. */
    public static DiscreteDistribution chance(double probability) {
        return new DiscreteDistribution(List.of(new Outcome(0, 1 - probability), new Outcome(1, probability)));
    }

    @Override
    public double quantile(double probability) {
        double cumulative = 0;
        for (Outcome outcome : outcomes) {
            cumulative += outcome.probability();
            if (probability < cumulative) {
                return outcome.value();
            }
        }
        return outcomes.getLast().value();
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (outcomes.isEmpty()) {
            problems.add("has no outcomes");
            return problems;
        }
        double sum = 0;
        for (Outcome outcome : outcomes) {
            problems.addAll(Bounds.finite("value", outcome.value(), "probability", outcome.probability()));
            if (outcome.probability() < 0 || outcome.probability() > 1) {
                problems.add("probability " + Bounds.text(outcome.probability()) + " is outside 0 to 1");
            }
            sum += outcome.probability();
        }
        if (problems.isEmpty() && Math.abs(sum - 1) > TOLERANCE) {
            problems.add("probabilities add up to " + Bounds.text(sum) + ", not 1");
        }
        return problems;
    }

    @Override
    public String describe() {
        return "discrete " + outcomes.stream()
                .map(o -> Bounds.text(o.value()) + " (" + Bounds.text(o.probability() * 100) + " %)")
                .collect(Collectors.joining(", "));
    }
}
