package com.capacityworkbench.solver.rules;

/**
 * A sum of the score that does not fit its 64 bits. The validator bounds every sum of a scenario's worst plan
 * (ScoreBounds), so this is met only by a scenario that was not validated; it stops the solve with a clear
 * message instead of a silently wrong score.
 */
public final class ScoreOverflow extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    ScoreOverflow(String what) {
        super(what + " does not fit the score's 64-bit arithmetic\n"
                + "Maybe the scenario was not validated: ScenarioValidator bounds every sum of the score"
                + " (docs/scenario-json.md, Ranges).");
    }
}
