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

    /** (value − bound) ÷ bound in percent; 0 when proven; null without a bound. */
    public @Nullable Double gapPct() {
        if (proven) {
            return 0.0;
        }
        if (bound == null) {
            return null;
        }
        return bound <= 0 ? (value <= 0 ? 0.0 : null) : 100.0 * (value - bound) / bound;
    }

    /** In words: "proven optimal", "within 0.4 % of its bound", "no bound known". */
    public String status() {
        if (proven) {
            return "proven optimal";
        }
        Double gap = gapPct();
        if (gap == null) {
            return bound == null ? "no bound known" : "bound " + String.format(Locale.US, "%,.0f", bound);
        }
        String within = "within " + percent(gap) + " of its bound";
        return conditional ? within + " (given the levels above)" : within;
    }

    private static String percent(double pct) {
        return pct < 0.05 ? "0.1 %" : pct < 10 ? String.format(Locale.US, "%.1f %%", pct) : String.format(Locale.US, "%.0f %%", pct);
    }
}
