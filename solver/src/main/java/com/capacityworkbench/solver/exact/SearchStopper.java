package com.capacityworkbench.solver.exact;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs a CP-SAT search that ends within a tenth of a second of a stop request (Stop in the app, the solve's
 * time limit), and, when asked, once it has gone quiet ({@link QuietStop}): CP-SAT only checks its own limits,
 * so a watcher asks it to stop.
 */
final class SearchStopper {

    private static final long POLL_MILLIS = 100;
    /** A quiet stop is a few tenths of a second: watched more closely. */
    private static final long QUIET_POLL_MILLIS = 20;

    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "exact-search-stopper");
        t.setDaemon(true);
        return t;
    });

    private SearchStopper() {
    }

    static CpSolverStatus solve(CpSolver solver, CpModel model, BooleanSupplier stopRequested, QuietStop quiet) {
        long start = System.nanoTime();
        AtomicLong lastSolution = new AtomicLong(start);
        long poll = quiet.never() ? POLL_MILLIS : QUIET_POLL_MILLIS;
        ScheduledFuture<?> watch = WATCHER.scheduleWithFixedDelay(() -> {
            long now = System.nanoTime();
            if (stopRequested.getAsBoolean() || quiet.due(now - start, now - lastSolution.get())) {
                solver.stopSearch();
            }
        }, poll, poll, TimeUnit.MILLISECONDS);
        try {
            if (quiet.never()) {
                return solver.solve(model);
            }
            return solver.solve(model, new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    lastSolution.set(System.nanoTime());
                }
            });
        } finally {
            watch.cancel(false);
        }
    }
}
