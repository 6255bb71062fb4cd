package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolveProgress;

/** Progress of a comparison, per plan ("base" or a variant id); called on solver threads. */
public interface CompareListener {

    void onProgress(String planId, SolveProgress progress);

    void onPlanFinished(String planId, Plan plan, SolveOutcome outcome);

    void onFinished(Comparison comparison, boolean stopped);

    /** A listener that ignores everything (the command line waits for the result instead). */
    static CompareListener silent() {
        return new CompareListener() {
            @Override
            public void onProgress(String planId, SolveProgress progress) {
            }

            @Override
            public void onPlanFinished(String planId, Plan plan, SolveOutcome outcome) {
            }

            @Override
            public void onFinished(Comparison comparison, boolean stopped) {
            }
        };
    }
}
