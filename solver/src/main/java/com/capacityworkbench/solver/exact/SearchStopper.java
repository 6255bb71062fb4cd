package com.capacityworkbench.solver.exact;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs a CP-SAT search that ends within a tenth of a second of a stop request (Stop in the app, the solve's
 * time limit): CP-SAT only checks its own limits, so a watcher asks it to stop.
 */
final class SearchStopper {

    private static final long POLL_MILLIS = 100;

    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "exact-search-stopper");
        t.setDaemon(true);
        return t;
    });

    private SearchStopper() {
    }

    static CpSolverStatus solve(CpSolver solver, CpModel model, BooleanSupplier stopRequested) {
        ScheduledFuture<?> watch = WATCHER.scheduleWithFixedDelay(() -> {
            if (stopRequested.getAsBoolean()) {
                solver.stopSearch();
            }
        }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        try {
            return solver.solve(model);
        } finally {
            watch.cancel(false);
        }
    }
}
