package com.capacityworkbench.solver.service;

import com.capacityworkbench.model.plan.Plan;
import org.jspecify.annotations.Nullable;

/** Receives a solve's news. Called on solver threads; a GUI marshals to its own thread and throttles. */
public interface SolveListener {

    void onProgress(SolveProgress progress);

    /** A fully evaluated plan (KPIs complete; explanations without candidate lists while solving). */
    void onBestPlan(Plan plan);

    /** The final plan, fully explained; {@code error} is set when the outcome is FAILED. */
    void onFinished(Plan plan, SolveOutcome outcome, @Nullable Throwable error);

    /** For a caller that only awaits the plan (a sweep's futures, tests). */
    SolveListener NONE = new SolveListener() {
        @Override
        public void onProgress(SolveProgress progress) {
        }

        @Override
        public void onBestPlan(Plan plan) {
        }

        @Override
        public void onFinished(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
        }
    };
}
