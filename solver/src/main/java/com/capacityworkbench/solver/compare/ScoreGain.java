package com.capacityworkbench.solver.compare;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.solver.score.ScoreLevels;
import java.util.Locale;

/**
 * What a plan gains or loses against another, in a planner's words: the first level of the score where the two
 * differ, e.g. "saves $3.2M", "places more work", "breaks a hard rule". Amounts are in the level's natural
 * unit at the scenario's weights.
 */
final class ScoreGain {

    private ScoreGain() {
    }

    /** How {@code to} differs from {@code from}; "changes nothing" when they are equal. */
    static String of(BendableScore from, BendableScore to, ConstraintWeights weights) {
        long hard = to.hardScore(0) - from.hardScore(0);
        if (hard != 0) {
            return hard > 0 ? "breaks fewer hard rules" : "breaks a hard rule";
        }
        for (int level = 0; level < ScoreLevels.SOFT_LEVELS; level++) {
            long gain = to.softScore(level) - from.softScore(level);
            if (gain != 0) {
                return soft(level, gain, weights);
            }
        }
        return "changes nothing";
    }

    private static String soft(int level, long gain, ConstraintWeights weights) {
        boolean better = gain > 0;
        return switch (level) {
            case ScoreLevels.UNPLACED -> better ? "places more work" : "leaves more work unplaced";
            case ScoreLevels.FIRST_REFUSAL -> better ? "keeps more first-refusal work on the primary"
                    : "sends more first-refusal work off the primary";
            case ScoreLevels.COST -> {
                String amount = Money.format(natural(Math.abs(gain), weights.cost()));
                yield better ? "saves " + amount : "costs " + amount + " more";
            }
            case ScoreLevels.LATENCY -> String.format(Locale.US, "misses latency targets by %,.0f ms %s",
                    natural(Math.abs(gain), weights.latency()), better ? "less" : "more");
            default -> better ? "lowers provider concentration" : "raises provider concentration";
        };
    }

    /** A level's score units back in its natural unit: a weight w counts w × 100 units per natural unit. */
    private static double natural(long units, double weight) {
        return weight <= 0 ? 0 : units / (weight * ScoreLevels.WEIGHT_SCALE);
    }
}
