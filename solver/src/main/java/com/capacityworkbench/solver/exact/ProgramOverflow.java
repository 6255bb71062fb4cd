package com.capacityworkbench.solver.exact;

/**
 * A slice's program cannot be written in 64-bit integers (weights or prices so large that a level's sum
 * could overflow): the exact search leaves such a plan to the local search.
 */
final class ProgramOverflow extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ProgramOverflow(String message) {
        super(message);
    }
}
