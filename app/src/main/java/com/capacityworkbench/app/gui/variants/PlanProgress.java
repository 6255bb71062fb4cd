package com.capacityworkbench.app.gui.variants;

/** One row of the comparison's progress list: a plan being solved, how far it is, its best score. */
public record PlanProgress(String planId, String name, String state, String elapsed, String bestScore) {
}
