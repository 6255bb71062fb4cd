package com.capacityworkbench.solver.rules;

/** A hard rule a placement breaks, with the planner's sentence, e.g. "Memory: ... ". */
public record RuleBreak(HardRule rule, String message) {
}
