package com.capacityworkbench.model.plan;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How good a plan is on one level of the score: its value, the best lower bound the solve knows, and
 * when the level last improved. Values count the level's penalty in its natural unit at default weights
 * (a scenario weight scales them); lower is better.
 *
 * @param bound          a proven lower bound on the level's best value, or null when none was computed
 * @param proven         the value is proven optimal (given the levels above at their optimum)
 * @param conditional    the bound holds only among plans as good as this one on the levels above, because
 *                       one of those is not proven optimal
 * @param lastImprovedAt seconds into the solve when the level's value last got better; null when it never
 *                       changed after the first plan
 */
public record LevelQuality(PlanLevel level, double value, @Nullable Double bound, boolean proven,
                           boolean conditional, @Nullable Double lastImprovedAt) {

    /**
     * Nothing better exists: the solve proved it, or the value is 0 (a penalty cannot go lower), which the solve
     * need not prove.
     */
    public boolean optimal() {
        return proven || value <= 0;
    }

    /** (value − bound) ÷ bound in percent; 0 when optimal; null without a bound or with a bound of 0. */
    public @Nullable Double gapPct() {
        if (optimal()) {
            return 0.0;
        }
        if (bound == null) {
            return null;
        }
        if (bound > 0) {
            return 100.0 * (value - bound) / bound;
        }
        // No percentage of a bound of 0 (and no ternary here: mixing null and a double unboxes the null).
        return value <= 0 ? Double.valueOf(0.0) : null;
    }

    /**
     * In words, as a planner reads it next to the level's name: "proven optimal", "within 0.4 % of its bound",
     * "at its bound", "no bound known"; a bound that holds only while the levels above stay as they are says so.
     */
    public String status() {
        if (optimal()) {
            return "proven optimal";
        }
        if (bound == null) {
            return "no bound known";
        }
        Double gap = gapPct();
        // A bound of 0 under a positive value has no percentage: say what the bound is instead.
        String against = gap == null ? "above its bound of 0"
                : gap <= 0 ? "at its bound"
                : "within " + percentAtLeast(gap) + " of its bound";
        return conditional ? against + " (given the levels above)" : against;
    }

    /** The level's name and status as one phrase: "Cost within 0.4 % of its bound", "Latency: no bound known". */
    public String headline() {
        return level.label() + (!optimal() && bound == null ? ": " : " ") + status();
    }

    /** When it last got better: "last improved at 12 s", or "unchanged since the first plan". */
    public String improvement() {
        return lastImprovedAt == null ? "unchanged since the first plan" : "last improved at " + seconds(lastImprovedAt);
    }

    /**
     * A gap rounded up, never down, so "within" stays true: 0.41 % reads "0.5 %"; whole percents from 10 % on.
     */
    private static String percentAtLeast(double pct) {
        if (pct >= 10) {
            return String.format(Locale.US, "%,.0f %%", Math.ceil(pct - 1e-9));
        }
        return String.format(Locale.US, "%.1f %%", Math.max(0.1, Math.ceil(pct * 10 - 1e-9) / 10));
    }

    /** Seconds as a solve's clock reads them: "0.4 s", "2.6 s", "20 s". */
    static String seconds(double s) {
        return s < 10 ? String.format(Locale.US, "%.1f s", s) : String.format(Locale.US, "%,.0f s", s);
    }
}
