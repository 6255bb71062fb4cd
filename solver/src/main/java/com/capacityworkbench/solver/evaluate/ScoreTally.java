package com.capacityworkbench.solver.evaluate;

import static com.capacityworkbench.solver.rules.ScoreUnits.add;
import static com.capacityworkbench.solver.rules.ScoreUnits.times;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.solver.score.ScoreLevels;

/**
 * The plan's score counted in plain Java, rule by rule in the solver's units, then weighted by the
 * scenario's weights exactly as the solver's constraint weights are. Every sum is exact ({@link
 * com.capacityworkbench.solver.rules.ScoreUnits#add}): a check on the solver's score must not wrap around.
 */
final class ScoreTally {

    long hard;
    long unplaced;
    long firstRefusal;
    long cost;
    long premium;
    long latency;
    long providerShare;

    BendableScore score(ConstraintWeights weights) {
        long[] soft = new long[ScoreLevels.SOFT_LEVELS];
        soft[ScoreLevels.UNPLACED] = -times(unplaced, units(weights.unplacedDemand()));
        soft[ScoreLevels.FIRST_REFUSAL] = -times(firstRefusal, units(weights.firstRefusal()));
        soft[ScoreLevels.COST] = -add(times(cost, units(weights.cost())), times(premium, units(weights.firstRefusal())));
        soft[ScoreLevels.LATENCY] = -times(latency, units(weights.latency()));
        soft[ScoreLevels.PROVIDER_SHARE] = -times(providerShare, units(weights.providerShare()));
        return BendableScore.of(new long[] {-hard}, soft);
    }

    /** Score units per natural unit (a dollar, an hour) at a scenario weight. */
    static long units(double weight) {
        return ConstraintWeights.units(weight);
    }
}
