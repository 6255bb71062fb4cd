package com.capacityworkbench.solver.service;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.score.ScoreLevels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Follows a solve's best score level by level: when each level last improved, and the bounds the exact search
 * proves, so the solve can say how good its plan is in words ("cost within 0.4 % of its bound", "no
 * improvement for 20 s") instead of a score's raw numbers. Thread-safe: best plans arrive on the solver thread,
 * progress is read on another.
 */
final class QualityTracker {

    /** A bound, and the penalties of the levels above when it was found: it holds only while they stay. */
    private record Bound(long value, boolean proven, boolean conditional, long[] above) {

        boolean holdsFor(BendableScore score) {
            for (int level = 0; level < above.length; level++) {
                if (-score.softScore(level) != above[level]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<PlanLevel> levels;
    private final Bound[] bounds = new Bound[ScoreLevels.SOFT_LEVELS];
    private final Double[] lastImprovedAt = new Double[ScoreLevels.SOFT_LEVELS];
    private @Nullable BendableScore best;
    /** The search's best plan when shards were resized after it (its bounds are about that plan); else null. */
    private @Nullable BendableScore searched;
    private double lastImprovement;

    QualityTracker(Scenario scenario) {
        this.levels = countingLevels(scenario);
    }

    /** The levels that count in the scenario: first refusal only in strict mode, none weighted 0. */
    static List<PlanLevel> countingLevels(Scenario scenario) {
        ConstraintWeights w = scenario.weights();
        Policies p = scenario.policies();
        List<PlanLevel> counting = new ArrayList<>();
        if (w.unplacedDemand() > 0) {
            counting.add(PlanLevel.UNPLACED_DEMAND);
        }
        if (w.firstRefusal() > 0 && p.firstRefusal() == FirstRefusalMode.STRICT && p.primaryProvider() != null) {
            counting.add(PlanLevel.FIRST_REFUSAL);
        }
        if (w.cost() > 0) {
            counting.add(PlanLevel.COST);
        }
        if (w.latency() > 0) {
            counting.add(PlanLevel.LATENCY);
        }
        if (w.providerShare() > 0 && p.maxProviderSharePct() < 100) {
            counting.add(PlanLevel.PROVIDER_SHARE);
        }
        return List.copyOf(counting);
    }

    /** Seconds into the solve of the last best plan that was better on some level (or of the first plan). */
    synchronized double lastImprovementAt() {
        return lastImprovement;
    }

    /** A new best plan's score, {@code seconds} into the solve. */
    synchronized void best(BendableScore score, double seconds) {
        if (best == null || score.compareTo(best) > 0) {
            lastImprovement = seconds;
        }
        if (best != null) {
            for (int level = 0; level < ScoreLevels.SOFT_LEVELS; level++) {
                if (score.softScore(level) > best.softScore(level)) {
                    lastImprovedAt[level] = seconds;
                }
            }
        }
        best = score;
    }

    /**
     * The plan after a step that changed what the search proved things about (shards resized to fit, which no
     * search move does): its score counts, and the bounds stay the search's, said to be for the plan before it
     * (resizing may place more than any plan of the search's shards, so they bound nothing after it). Not an
     * improvement of the search: a longer solve would end with the same step.
     */
    synchronized void reshaped(BendableScore score) {
        if (searched == null) {
            searched = best;
        }
        best = score;
    }

    synchronized void bounded(BendableScore plan, int softLevel, long bound, boolean proven, boolean conditional) {
        long[] above = new long[softLevel];
        for (int level = 0; level < softLevel; level++) {
            above[level] = -plan.softScore(level);
        }
        Bound known = bounds[softLevel];
        // A newer bound replaces one found under other values above; of two under the same, a proof or the higher.
        if (known == null || !Arrays.equals(known.above(), above) || (proven && !known.proven())
                || (proven == known.proven() && bound > known.value())) {
            bounds[softLevel] = new Bound(bound, proven, conditional, above);
        }
    }

    /** The best plan so far is proven optimal on every level that counts. */
    synchronized boolean everyLevelProven() {
        return best != null && levels().stream().allMatch(LevelQuality::proven);
    }

    /** Each counting level of the best plan so far; empty before the first plan. */
    synchronized List<LevelQuality> levels() {
        if (best == null) {
            return List.of();
        }
        List<LevelQuality> rows = new ArrayList<>();
        BendableScore bounded = searched != null ? searched : best;
        boolean aboveProven = true;
        for (PlanLevel level : levels) {
            int index = softLevel(level);
            long searchPenalty = -bounded.softScore(index);
            Bound b = bounds[index] != null && bounds[index].holdsFor(bounded) ? bounds[index] : null;
            // A proof made for an earlier plan still holds if the level has not moved since (it cannot go lower).
            boolean proven = b != null && b.proven() && searchPenalty <= b.value();
            Double bound = b == null ? null : units(Math.min(b.value(), searchPenalty));
            rows.add(new LevelQuality(level, units(-best.softScore(index)),
                    proven ? Double.valueOf(units(searchPenalty)) : bound, proven,
                    b != null && !proven && (b.conditional() || !aboveProven), lastImprovedAt[index], searched != null));
            aboveProven &= proven;
        }
        return rows;
    }

    PlanQuality quality(double solveSeconds, long seed) {
        return new PlanQuality(levels(), solveSeconds, seed);
    }

    static int softLevel(PlanLevel level) {
        return switch (level) {
            case UNPLACED_DEMAND -> ScoreLevels.UNPLACED;
            case FIRST_REFUSAL -> ScoreLevels.FIRST_REFUSAL;
            case COST -> ScoreLevels.COST;
            case LATENCY -> ScoreLevels.LATENCY;
            case PROVIDER_SHARE -> ScoreLevels.PROVIDER_SHARE;
        };
    }

    /** Score units to the level's natural unit at default weights. */
    private static double units(long scoreUnits) {
        return (double) scoreUnits / ScoreLevels.WEIGHT_SCALE;
    }
}
