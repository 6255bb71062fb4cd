package com.capacityworkbench.bench.measure;

/** A new best plan, seconds after the solve was asked for: its evaluated score and whether it breaks no hard rule. */
public record TimedScore(double seconds, String score, boolean feasible) {
}
