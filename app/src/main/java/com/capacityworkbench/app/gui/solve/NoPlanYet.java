package com.capacityworkbench.app.gui.solve;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.solver.service.SolveOutcome;

/**
 * Whether a solve ended before it had a plan to show: stopped (or failed) before any best plan reached the window,
 * with nothing placed. Such a "plan" costs $0 and breaks no rule only because it does nothing.
 */
final class NoPlanYet {

    private NoPlanYet() {
    }

    static boolean is(Plan plan, SolveOutcome outcome, int plansShown) {
        return outcome != SolveOutcome.COMPLETED && plansShown == 0
                && plan.assignments().stream().noneMatch(Assignment::isPlaced);
    }
}
