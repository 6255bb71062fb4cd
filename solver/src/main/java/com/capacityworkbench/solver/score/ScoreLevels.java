package com.capacityworkbench.solver.score;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.scenario.ConstraintWeights;

/**
 * The score's levels, most important first. Each soft rule has its own level, so the design's order of
 * importance is strict: no amount of dollars outweighs one unplaced reference accelerator. Scenario
 * weights scale a rule within its level; a weight counts in hundredths ({@link #WEIGHT_SCALE}), so at
 * default weights every soft level reads 100 × its natural unit.
 */
public final class ScoreLevels {

    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 5;

    /** Reference accelerators × priority left unplaced. */
    public static final int UNPLACED = 0;
    /** Reference-accelerator-hours of first-refusal workloads off the primary, in strict mode. */
    public static final int FIRST_REFUSAL = 1;
    /** Dollars: compute, egress, energy, porting, carbon and the first-refusal premium. */
    public static final int COST = 2;
    /** Milliseconds of inference p50 above target. */
    public static final int LATENCY = 3;
    /** Accelerator-hours above a provider's maximum share. */
    public static final int PROVIDER_SHARE = 4;

    /** A weight of 1.0 is 100 score units per natural unit, so weights like 0.25 stay exact. */
    public static final long WEIGHT_SCALE = ConstraintWeights.SCALE;

    private ScoreLevels() {
    }

    public static BendableScore oneHard() {
        return BendableScore.ofHard(HARD_LEVELS, SOFT_LEVELS, 0, 1);
    }

    public static BendableScore soft(int level, long units) {
        return BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, level, units);
    }

    /** A scenario weight (1.0 = as designed) as a constraint weight on a soft level. */
    public static BendableScore weight(int level, double scenarioWeight) {
        return soft(level, ConstraintWeights.units(scenarioWeight));
    }

    public static BendableScore zero() {
        return BendableScore.zero(HARD_LEVELS, SOFT_LEVELS);
    }
}
