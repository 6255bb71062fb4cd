package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.plan.Plan;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How to compare variants.
 *
 * @param variantIds      the variants to solve; empty for all
 * @param timePerPlan     time limit of each solve of a plan (each seed gets all of it: a shorter solve would
 *                        measure the noise of a solve cut short, not of the one shown)
 * @param seed            the first seed; further seeds count up from it
 * @param seeds           solves per plan with different seeds, at most; the best is shown and the spread of their
 *                        KPIs is the solver's noise. A plan proven optimal is not solved again. {@link #AUTO_SEEDS}:
 *                        as many as fit on the cores the plans leave idle ({@link #seedsFor})
 * @param stayCloseToBase keep every base assignment that still fits and that none of the variant's changes
 *                        concerns, so the diff shows what the changes force or make worth moving
 * @param parallelism     solves at once (at most the machine's cores)
 * @param basePlan        an existing plan of the base; null to solve the base first
 */
public record CompareOptions(List<String> variantIds, Duration timePerPlan, long seed, int seeds,
                             boolean stayCloseToBase, int parallelism, @Nullable Plan basePlan) {

    /** Seeds chosen by the comparison: as many as fit on idle cores, so comparing takes no longer. */
    public static final int AUTO_SEEDS = 0;
    /** At most this many seeds when chosen automatically: three show a spread. */
    public static final int MAX_AUTO_SEEDS = 3;

    public CompareOptions {
        variantIds = variantIds == null ? List.of() : List.copyOf(variantIds);
        if (seeds < 0) {
            throw new IllegalArgumentException("a comparison solves each plan with at least one seed, got " + seeds
                    + System.lineSeparator() + "Maybe use CompareOptions.AUTO_SEEDS to let the cores decide.");
        }
        parallelism = Math.max(1, Math.min(parallelism, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Seeds for each of {@code plans} solved side by side (the base alone, then the variants together): the
     * option's number, or with {@link #AUTO_SEEDS} the cores each plan would otherwise leave idle, from 1 to
     * {@link #MAX_AUTO_SEEDS}: on 8 cores the base gets 3 seeds and each of 6 variants 1; on 2 cores the base 2.
     */
    public int seedsFor(int plans) {
        if (seeds != AUTO_SEEDS) {
            return seeds;
        }
        return Math.clamp(parallelism / Math.max(1, plans), 1, MAX_AUTO_SEEDS);
    }

    /** The seed of a plan's {@code index}-th solve (0-based). */
    public long seedOf(int index) {
        return seed + index;
    }
}
