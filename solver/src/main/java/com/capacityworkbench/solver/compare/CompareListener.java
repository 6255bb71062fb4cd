package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolveProgress;

/** Progress of a comparison, per plan ("base" or a variant id); called on solver threads. */
public interface CompareListener {

    void onProgress(SeedSolve solve, SolveProgress progress);

    /**
     * Every seed of a plan has ended (or was not needed: a plan proven optimal is not solved again).
     *
     * @param best      the best of its seeds' plans, by score
     * @param seedsRun  how many seeds' plans count
     */
    void onPlanFinished(String planId, Plan best, SolveOutcome outcome, int seedsRun);

    /** Every solve has ended; the plans are being scored under each other's scenarios and the moves weighed. */
    default void onCrossChecking() {
    }

    void onFinished(Comparison comparison, boolean stopped);

    /** A listener that ignores everything (the command line waits for the result instead). */
    static CompareListener silent() {
        return new CompareListener() {
            @Override
            public void onProgress(SeedSolve solve, SolveProgress progress) {
            }

            @Override
            public void onPlanFinished(String planId, Plan best, SolveOutcome outcome, int seedsRun) {
            }

            @Override
            public void onFinished(Comparison comparison, boolean stopped) {
            }
        };
    }
}
