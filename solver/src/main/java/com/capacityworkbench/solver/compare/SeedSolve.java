package com.capacityworkbench.solver.compare;

/**
 * One solve of a compared plan: the plan ("base" or a variant id), which of its seeds (0-based) of how many,
 * and the seed itself.
 */
public record SeedSolve(String planId, int index, int of, long seed) {

    /** "seed 2 of 3", or "" when the plan is solved once. */
    public String label() {
        return of == 1 ? "" : "seed " + (index + 1) + " of " + of;
    }
}
