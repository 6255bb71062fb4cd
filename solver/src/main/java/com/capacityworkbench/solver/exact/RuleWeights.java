package com.capacityworkbench.solver.exact;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.solver.score.ConstraintIds;
import com.capacityworkbench.solver.score.ScoreLevels;

/**
 * Score units per natural unit of each soft rule, as the constraints count them: the scenario's weight
 * (through the solution's overrides) or, without one, the rule's default weight on its level.
 */
record RuleWeights(long unplacedDemand, long firstRefusalStrict, long firstRefusalPremium, long compute, long egress,
        long energy, long porting, long carbon, long unusedCommitment, long buildOutCapex, long latency, long providerShare) {

    static RuleWeights of(ConstraintWeightOverrides<BendableScore> overrides) {
        return new RuleWeights(
                units(overrides, ConstraintIds.UNPLACED_DEMAND, ScoreLevels.UNPLACED),
                units(overrides, ConstraintIds.FIRST_REFUSAL_STRICT, ScoreLevels.FIRST_REFUSAL),
                units(overrides, ConstraintIds.FIRST_REFUSAL_PREMIUM, ScoreLevels.COST),
                units(overrides, ConstraintIds.COMPUTE_COST, ScoreLevels.COST),
                units(overrides, ConstraintIds.EGRESS_COST, ScoreLevels.COST),
                units(overrides, ConstraintIds.ENERGY_COST, ScoreLevels.COST),
                units(overrides, ConstraintIds.PORTING_COST, ScoreLevels.COST),
                units(overrides, ConstraintIds.CARBON_COST, ScoreLevels.COST),
                units(overrides, ConstraintIds.UNUSED_COMMITMENT, ScoreLevels.COST),
                units(overrides, ConstraintIds.BUILD_OUT_CAPEX, ScoreLevels.COST),
                units(overrides, ConstraintIds.LATENCY, ScoreLevels.LATENCY),
                units(overrides, ConstraintIds.PROVIDER_SHARE, ScoreLevels.PROVIDER_SHARE));
    }

    private static long units(ConstraintWeightOverrides<BendableScore> overrides, String constraint, int level) {
        BendableScore weight = overrides.getConstraintWeight(constraint);
        return weight == null ? ScoreLevels.WEIGHT_SCALE : weight.softScore(level);
    }
}
