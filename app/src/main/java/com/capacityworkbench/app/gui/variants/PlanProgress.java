package com.capacityworkbench.app.gui.variants;

/**
 * One row of the comparison's progress list: a plan being solved, how far it is (which seed), and how good its
 * best plan is in words.
 */
public record PlanProgress(String planId, String name, String state, String elapsed, String quality) {
}
