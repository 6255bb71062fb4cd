package com.capacityworkbench.model.plan;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How good a solved plan is, level by level, and how the solve that made it went: how long it ran and
 * when it last found a better plan. A plan that was not solved here (imported, or from an older file)
 * has no quality.
 *
 * @param levels       the levels that count in this scenario, most important first (first refusal only in
 *                     strict mode; a level weighted 0 is left out)
 * @param solveSeconds how long the solve ran
 * @param seed         the solve's random seed
 */
public record PlanQuality(List<LevelQuality> levels, double solveSeconds, long seed) {

    public PlanQuality {
        levels = List.copyOf(levels);
    }

    public boolean provenOptimal() {
        return !levels.isEmpty() && levels.stream().allMatch(LevelQuality::proven);
    }

    /** Seconds into the solve when any level last improved; null when none did after the first plan. */
    public @Nullable Double lastImprovedAt() {
        return levels.stream().map(LevelQuality::lastImprovedAt).filter(t -> t != null)
                .max(Double::compare).orElse(null);
    }

    public @Nullable LevelQuality level(PlanLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst().orElse(null);
    }

    /**
     * One line a planner can act on: "Proven optimal on every level (solved in 2.6 s)", or the first level not
     * proven, e.g. "Cost within 0.4 % of its bound; no improvement for 20 s of the 60 s solve".
     */
    public String summary() {
        if (provenOptimal()) {
            return "Proven optimal on every level (solved in " + seconds(solveSeconds) + ")";
        }
        LevelQuality open = levels.stream().filter(l -> !l.proven()).findFirst().orElse(null);
        String first = open == null ? "Solved" : open.level().label() + " " + open.status();
        Double last = lastImprovedAt();
        double quiet = solveSeconds - (last == null ? 0 : last);
        return first + "; no improvement for " + seconds(quiet) + " of the " + seconds(solveSeconds) + " solve";
    }

    private static String seconds(double s) {
        return s < 10 ? String.format(Locale.US, "%.1f s", s) : String.format(Locale.US, "%.0f s", s);
    }
}
