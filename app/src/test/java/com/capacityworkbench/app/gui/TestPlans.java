package com.capacityworkbench.app.gui;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolveProgress;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.time.Duration;

/** A real plan of the frontier sample: a short, deterministic solve (move-count limit, fixed seed), made once. */
public final class TestPlans {

    private static Plan frontier;

    private TestPlans() {
    }

    public static synchronized Plan frontier() {
        if (frontier == null) {
            try (SolverService solver = new SolverService()) {
                frontier = solver.start(new SolveRequest(TestScenarios.frontier(), null, Duration.ofMinutes(2), null,
                        5_000L, 7L), new SolveListener() {
                            @Override
                            public void onProgress(SolveProgress progress) {
                            }

                            @Override
                            public void onBestPlan(Plan plan) {
                            }

                            @Override
                            public void onFinished(Plan plan, SolveOutcome outcome, Throwable error) {
                            }
                        }).awaitPlan();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return frontier;
    }
}
