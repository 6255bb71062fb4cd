package com.capacityworkbench.app.gui.files;

import com.capacityworkbench.model.plan.KeptPlan;
import com.capacityworkbench.model.scenario.Scenario;
import org.jspecify.annotations.Nullable;

/** Where File ▸ Save takes the plan to keep beside the scenario from, and where Open puts a kept plan back. */
public interface PlanShelf {

    /** Keeps nothing and shows nothing: for file commands without plan views. */
    PlanShelf NONE = new PlanShelf() {
        @Override
        public @Nullable KeptPlan toKeep() {
            return null;
        }

        @Override
        public void reopened(KeptPlan kept, Scenario scenario) {
            // No plan views to show it in.
        }
    };

    /** The plan on screen, with how it was solved; null when there is none to keep. */
    @Nullable KeptPlan toKeep();

    /** A scenario file was opened with a plan kept beside it. */
    void reopened(KeptPlan kept, Scenario scenario);
}
