package com.capacityworkbench.solver.service;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cores a solve may count on: the machine's, shared by the solves running in this JVM at the moment (a comparison
 * or a sweep runs several at once). The exact search asks before each search, so a solve that starts alone and is
 * joined later does not keep more than its share.
 */
final class SolveCores {

    private static final AtomicInteger RUNNING = new AtomicInteger();

    private SolveCores() {
    }

    static void started() {
        RUNNING.incrementAndGet();
    }

    static void finished() {
        RUNNING.decrementAndGet();
    }

    /** Solves counted as running now. */
    static int running() {
        return RUNNING.get();
    }

    /** At least one. */
    static int perSolve() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, RUNNING.get()));
    }
}
