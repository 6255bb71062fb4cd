package com.capacityworkbench.model.plan;

/**
 * How a kept plan was solved, so that a reopened plan says where it came from and a planner can solve again alike.
 *
 * @param seed             the solve's random seed
 * @param timeLimitSeconds the time limit the planner gave
 * @param solvedAt         when the solve ended, ISO-8601 in UTC (e.g. "2026-12-04T15:02:11Z")
 * @param warmStart        the solve started from the plan shown before it
 */
public record SolveSettings(long seed, int timeLimitSeconds, String solvedAt, boolean warmStart) {
}
