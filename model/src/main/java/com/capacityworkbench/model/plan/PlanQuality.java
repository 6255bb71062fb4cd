package com.capacityworkbench.model.plan;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How good a solved plan is, level by level, and how the solve that made it went: how long it ran and
 * when it last found a better plan. A plan that was not solved here (imported, or from an older file)
 * has no quality.
 *
 * @param levels       the levels that count in this scenario, most important first (first refusal only in
 *                     strict mode; a level weighted 0 is left out)
 * @param solveSeconds how long the solve ran (so far, for a solve still running)
 * @param seed         the solve's random seed
 */
public record PlanQuality(List<LevelQuality> levels, double solveSeconds, long seed) {

    /** Under this many seconds between the last improvement and the end, the solve was still improving. */
    private static final double STILL_IMPROVING_SECONDS = 0.5;
    private static final String NO_LEVEL = "No level of the score counts in this scenario (every weight is 0)";

    public PlanQuality {
        levels = List.copyOf(levels);
    }

    /** Every level is optimal (proven by the solve, or 0: nothing left to lower). */
    public boolean provenOptimal() {
        return !levels.isEmpty() && levels.stream().allMatch(LevelQuality::optimal);
    }

    /**
     * The same levels and solve with no bound or proof: for a plan taken as the answer to a wider problem than its
     * solve's (a purchase question's plan under a budget, or without a purchase), where what bounded the narrower
     * problem bounds nothing.
     */
    public PlanQuality withoutBounds() {
        return new PlanQuality(levels.stream().map(LevelQuality::withoutBound).toList(), solveSeconds, seed);
    }

    /** Seconds into the solve when any level last improved; null when none did after the first plan. */
    public @Nullable Double lastImprovedAt() {
        return levels.stream().map(LevelQuality::lastImprovedAt).filter(Objects::nonNull)
                .max(Double::compare).orElse(null);
    }

    public @Nullable LevelQuality level(PlanLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst().orElse(null);
    }

    /**
     * One line a planner can act on, for a finished solve: "Proven optimal on every level (solved in 2.6 s)", or
     * the most important level not proven and how the solve ended, e.g. "Cost within 0.4 % of its bound; no
     * improvement for 20 s of the 60 s solve" (more time is unlikely to help) or "…; still improving at the
     * end of the 60 s solve" (it may).
     */
    public String summary() {
        if (levels.isEmpty()) {
            return NO_LEVEL + "; solved in " + LevelQuality.seconds(solveSeconds);
        }
        if (provenOptimal()) {
            return "Proven optimal on every level (solved in " + LevelQuality.seconds(solveSeconds) + ")";
        }
        String total = LevelQuality.seconds(solveSeconds) + " solve";
        double quiet = quietSeconds();
        return headline() + "; " + (quiet < STILL_IMPROVING_SECONDS ? "still improving at the end of the " + total
                : "no improvement for " + LevelQuality.seconds(quiet) + " of the " + total);
    }

    /** The same line while the solve runs: "Cost within 0.4 % of its bound; no improvement for 8.0 s". */
    public String summarySoFar() {
        if (levels.isEmpty()) {
            return NO_LEVEL;
        }
        if (provenOptimal()) {
            return "Proven optimal on every level";
        }
        double quiet = quietSeconds();
        return headline() + "; " + (quiet < STILL_IMPROVING_SECONDS ? "improving"
                : "no improvement for " + LevelQuality.seconds(quiet));
    }

    /** The first level that is not proven optimal, in words; what a planner looks at first. */
    private String headline() {
        return levels.stream().filter(l -> !l.optimal()).findFirst().map(LevelQuality::headline).orElse(NO_LEVEL);
    }

    /** Seconds since the last improvement (since the start when there was none after the first plan). */
    private double quietSeconds() {
        Double last = lastImprovedAt();
        return Math.max(0, solveSeconds - (last == null ? 0 : last));
    }
}
