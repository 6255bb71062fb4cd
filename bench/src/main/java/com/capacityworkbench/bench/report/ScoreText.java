package com.capacityworkbench.bench.report;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.exact.ScoreLevel;
import com.capacityworkbench.solver.score.ScoreLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A score in a planner's units: hard points, unplaced reference accelerators × priority, dollars, … (default weights). */
public final class ScoreText {

    private ScoreText() {
    }

    public static String of(BendableScore score) {
        List<String> parts = new ArrayList<>();
        if (score.hardScore(0) != 0) {
            parts.add(score.hardScore(0) + " hard");
        }
        for (ScoreLevel level : ScoreLevel.values()) {
            long penalty = -score.softScore(level.softIndex());
            if (penalty != 0 || level == ScoreLevel.UNPLACED || level == ScoreLevel.COST) {
                parts.add(level.label() + " " + amount(level, penalty));
            }
        }
        return String.join(" · ", parts);
    }

    static String amount(ScoreLevel level, long penalty) {
        double natural = penalty / (double) ScoreLevels.WEIGHT_SCALE;
        if (level == ScoreLevel.COST) {
            return String.format(Locale.US, "$%,.1fM", natural / 1e6);
        }
        return String.format(Locale.US, "%,.0f", natural);
    }

    public static String percent(double fraction) {
        return String.format(Locale.US, "%.2f %%", fraction * 100);
    }
}
