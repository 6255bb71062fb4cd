package com.capacityworkbench.solver.compare;

/**
 * One solve of a compared plan: the plan ("base" or a variant id), which of its seeds (0-based) of how many,
 * the seed itself, and whether it is a variant's second solve from the base's better plan.
 */
public record SeedSolve(String planId, int index, int of, long seed, boolean again) {

    /** "seed 2 of 3", "again from the base's better plan", or "" when the plan is solved once. */
    public String label() {
        if (again) {
            return "again from the base's better plan";
        }
        return of == 1 ? "" : "seed " + (index + 1) + " of " + of;
    }
}
