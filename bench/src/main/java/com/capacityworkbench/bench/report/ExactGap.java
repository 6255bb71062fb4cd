package com.capacityworkbench.bench.report;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.exact.LevelOutcome;
import java.util.List;

/**
 * A solver score against the exact reference: levels the reference proved optimal and the solver
 * matched are passed; the first other level gives the gap, (solver's penalty − proven bound) ÷ bound,
 * an upper bound on the true gap to the optimum.
 */
public final class ExactGap {

    private ExactGap() {
    }

    public static Verdict of(BendableScore solver, List<LevelOutcome> levels) {
        if (solver.hardScore(0) < 0) {
            return new Verdict(true, null, 1);
        }
        for (LevelOutcome level : levels) {
            long penalty = -solver.softScore(level.level().softIndex());
            if (penalty == level.objective() && level.proven()) {
                continue;
            }
            return Verdict.gap(level.level(), penalty, level.bound());
        }
        return Verdict.EQUAL;
    }
}
