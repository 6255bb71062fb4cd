package com.capacityworkbench.solver.exact;

/**
 * How far one soft level of a program got: the value of the best solution found and CP-SAT's proven lower
 * bound, in the program's units (the plan's score on that level, less what the rest of the plan adds).
 *
 * @param optimal the value is proven optimal, given the levels above held at their values
 */
record LevelOutcome(int level, long value, long bound, boolean optimal) {
}
