package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.scenario.ConstraintWeights;

/**
 * One placed shard moved to another pool that has room for it, in the score's whole units: what it costs
 * where it runs (its own cost and the once-paid charges no other shard shares, which the move saves), what it
 * would add there (its own cost and the charges nobody pays there yet), the first-refusal premium on both
 * sides, and the first-refusal hours the move takes off the primary (strict mode).
 */
record ShardMove(String from, long costHere, long premiumHere, long costThere, long premiumThere,
        long firstRefusalHoursSaved, boolean fixesABrokenRule) {

    /** Change on the score's cost level, in its units (negative is cheaper). */
    long costLevelChange(ConstraintWeights weights) {
        return (costThere - costHere) * ScoreTally.units(weights.cost())
                + (premiumThere - premiumHere) * ScoreTally.units(weights.firstRefusal());
    }

    /**
     * The plan would score better after the move. Room there means no rule breaks and nothing becomes
     * unplaced, so the first level that changes decides: the shard's own broken rule, then first refusal
     * (strict mode), then cost with the premium.
     */
    boolean improvesThePlan(ConstraintWeights weights) {
        if (fixesABrokenRule) {
            return true;
        }
        long firstRefusal = firstRefusalHoursSaved * ScoreTally.units(weights.firstRefusal());
        return firstRefusal != 0 ? firstRefusal > 0 : costLevelChange(weights) < 0;
    }

    /** The premium as the cost level weighs it against dollars (the same dollars at equal weights). */
    double weighedPremiumHere(ConstraintWeights weights) {
        long cost = ScoreTally.units(weights.cost());
        return cost == 0 ? premiumHere : (double) premiumHere * ScoreTally.units(weights.firstRefusal()) / cost;
    }
}
