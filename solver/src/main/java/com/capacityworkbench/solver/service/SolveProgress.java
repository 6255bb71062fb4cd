package com.capacityworkbench.solver.service;

import java.time.Duration;

/** How a running solve is doing. */
public record SolveProgress(Duration elapsed, String bestScore, long movesPerSecond, boolean feasible) {
}
