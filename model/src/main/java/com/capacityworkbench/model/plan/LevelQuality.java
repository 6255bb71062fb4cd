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
 * @param lastImprovedAt seconds into the solve when the level's value last got better in the search; null when
 *                       it never changed after the first plan
 * @param resizedAfterSearch split workloads' shards were resized to the pools' room after the search ended: the
 *                       value is the plan's, the bound and the proof are the search's, for the shards as it sized
 *                       them, and the value may lie below them (resizing can place more than any plan of those
 *                       shards)
 */
public record LevelQuality(PlanLevel level, double value, @Nullable Double bound, boolean proven,
                           boolean conditional, @Nullable Double lastImprovedAt, boolean resizedAfterSearch) {

    /** A level of a plan the search left as it was. */
    public LevelQuality(PlanLevel level, double value, @Nullable Double bound, boolean proven, boolean conditional,
            @Nullable Double lastImprovedAt) {
        this(level, value, bound, proven, conditional, lastImprovedAt, false);
    }

    /** This level with no bound or proof (a level at 0 stays optimal: nothing is below it). */
    public LevelQuality withoutBound() {
        return new LevelQuality(level, value, null, false, false, lastImprovedAt, false);
    }

    /**
     * Nothing better exists: the solve proved it, or the value is 0 (a penalty cannot go lower), which the solve
     * need not prove. A proof made before shards were resized is not one for the resized plan.
     */
    public boolean optimal() {
        return (proven && !resizedAfterSearch) || value <= 0;
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
     * "at its bound", "no bound known"; a bound that holds only while the levels above stay as they are says so,
     * and one the search proved before shards were resized says whose it is ("below the optimum the search proved
     * (split workloads resized after it)").
     */
    public String status() {
        if (optimal()) {
            return "proven optimal";
        }
        if (bound == null) {
            return "no bound known";
        }
        if (resizedAfterSearch) {
            return againstTheSearch();
        }
        Double gap = gapPct();
        // A bound of 0 under a positive value has no percentage: say what the bound is instead.
        String against = gap == null ? "above its bound of 0"
                : gap <= 0 ? "at its bound"
                : "within " + percentAtLeast(gap) + " of its bound";
        return conditional ? against + " (given the levels above)" : against;
    }

    private String againstTheSearch() {
        String theirs = proven ? "the optimum the search proved" : "the search's bound";
        String where = value < bound ? "below " + theirs
                : value == bound ? "at " + theirs
                : bound > 0 ? "within " + percentAtLeast(100.0 * (value - bound) / bound) + " of " + theirs
                : "above " + theirs + " of 0";
        return where + " (split workloads resized after it)";
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
