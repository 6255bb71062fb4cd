package com.capacityworkbench.solver.score;

import static com.capacityworkbench.solver.score.ConstraintIds.*;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a scenario's {@link ConstraintWeights} into the solver's constraint weights. */
public final class PlacementWeights {

    private PlacementWeights() {
    }

    public static Map<String, BendableScore> softWeights(ConstraintWeights w) {
        Map<String, BendableScore> map = new LinkedHashMap<>();
        map.put(UNPLACED_DEMAND, ScoreLevels.weight(ScoreLevels.UNPLACED, w.unplacedDemand()));
        map.put(FIRST_REFUSAL_STRICT, ScoreLevels.weight(ScoreLevels.FIRST_REFUSAL, w.firstRefusal()));
        map.put(FIRST_REFUSAL_PREMIUM, ScoreLevels.weight(ScoreLevels.COST, w.firstRefusal()));
        for (String cost : new String[] {COMPUTE_COST, EGRESS_COST, ENERGY_COST, PORTING_COST, CARBON_COST, UNUSED_COMMITMENT,
                BUILD_OUT_CAPEX}) {
            map.put(cost, ScoreLevels.weight(ScoreLevels.COST, w.cost()));
        }
        map.put(LATENCY, ScoreLevels.weight(ScoreLevels.LATENCY, w.latency()));
        map.put(PROVIDER_SHARE, ScoreLevels.weight(ScoreLevels.PROVIDER_SHARE, w.providerShare()));
        return map;
    }

    public static ConstraintWeightOverrides<BendableScore> overrides(ConstraintWeights weights) {
        return ConstraintWeightOverrides.of(softWeights(weights));
    }
}
