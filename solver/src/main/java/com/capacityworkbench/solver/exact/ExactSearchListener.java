package com.capacityworkbench.solver.exact;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.solver.domain.PlacementSolution;
import org.jspecify.annotations.Nullable;

/** What the exact search tells the solve while it runs (on the solver thread). */
public interface ExactSearchListener {

    /** A copy of the plan after an improvement: the phase is one Timefold step, so Timefold reports it only at the end. */
    void improved(PlacementSolution plan);

    /**
     * A proven lower bound on a soft level's penalty, in score units (a positive number; the score's level is
     * its negative), for the plan's whole problem, found when the plan scored {@code plan}: it holds for plans
     * with the same values on the levels above.
     *
     * @param proven      the plan's value on the level is optimal
     * @param conditional the bound holds among plans as good as the current one on the levels above (one of
     *                    those is not proven optimal)
     */
    void bounded(BendableScore plan, int softLevel, long bound, boolean proven, boolean conditional);

    /** The best plan found so far in the solve (a copy), or null before the first. */
    @Nullable PlacementSolution bestSoFar();

    /** Every level is proven optimal: nothing better exists, the solve can end. */
    void provenOptimal();
}
