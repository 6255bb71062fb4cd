package com.capacityworkbench.bench.report;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.exact.ScoreLevel;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a plan's score compares with a reference score: the first level where they differ (null = equal)
 * and the plan's penalty there relative to the reference's ({@code (plan − reference) ÷ reference};
 * negative = the plan is better). A hard difference is reported as level null with {@code hard} set.
 */
public record Verdict(boolean hard, @Nullable ScoreLevel level, double relative) {

    public static final Verdict EQUAL = new Verdict(false, null, 0);

    /** Worst first: a hard difference, then differences on more important levels, then by size. */
    public static final Comparator<Verdict> WORST_FIRST = Comparator
            .comparingInt(Verdict::badnessRank)
            .thenComparing(Comparator.comparingDouble(Verdict::relative).reversed());

    public static Verdict compare(BendableScore plan, BendableScore reference) {
        if (plan.hardScore(0) != reference.hardScore(0)) {
            long a = -plan.hardScore(0);
            long b = -reference.hardScore(0);
            return new Verdict(true, null, (double) (a - b) / Math.max(1, b));
        }
        for (ScoreLevel level : ScoreLevel.values()) {
            long a = -plan.softScore(level.softIndex());
            long b = -reference.softScore(level.softIndex());
            if (a != b) {
                return new Verdict(false, level, (double) (a - b) / Math.max(1, Math.abs(b)));
            }
        }
        return EQUAL;
    }

    /** Gap to a bound on one level: (penalty − bound) ÷ bound; infinite when nothing above 0 was proven. */
    public static Verdict gap(ScoreLevel level, long penalty, long bound) {
        if (penalty == bound) {
            return EQUAL;
        }
        return new Verdict(false, level, bound <= 0 ? Double.POSITIVE_INFINITY : (double) (penalty - bound) / bound);
    }

    public boolean isWorse() {
        return hard ? relative > 0 : level != null && relative > 0;
    }

    private int badnessRank() {
        if (hard) {
            return relative > 0 ? 0 : 20;
        }
        if (level == null) {
            return 10;
        }
        return relative > 0 ? 1 + level.ordinal() : 19 - level.ordinal();
    }

    @Override
    public String toString() {
        if (hard) {
            return relative > 0 ? "worse: hard" : "better: hard";
        }
        if (level == null) {
            return "equal";
        }
        if (Double.isInfinite(relative)) {
            return level.label() + ": no bound above 0 proven";
        }
        return String.format(Locale.US, "%s %s %+.2f %%", relative > 0 ? "worse" : "better", level.label(), relative * 100);
    }
}
