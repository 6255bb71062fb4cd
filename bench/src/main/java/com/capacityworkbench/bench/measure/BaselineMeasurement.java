package com.capacityworkbench.bench.measure;

/** The greedy baseline's plan of one case and seed, scored by the plan evaluator. */
public record BaselineMeasurement(String caseId, long seed, String score, boolean feasible, double seconds) {
}
