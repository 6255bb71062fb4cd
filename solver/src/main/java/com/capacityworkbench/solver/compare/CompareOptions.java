package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.plan.Plan;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How to compare variants.
 *
 * @param variantIds      the variants to solve; empty for all
 * @param timePerPlan     time limit of each solve
 * @param stayCloseToBase keep every base assignment that still fits and that none of the variant's changes
 *                        concerns, so the diff shows what the changes force or make worth moving
 * @param parallelism     solves at once (at most the machine's cores)
 * @param basePlan        an existing plan of the base; null to solve the base first
 */
public record CompareOptions(List<String> variantIds, Duration timePerPlan, long seed, boolean stayCloseToBase,
                             int parallelism, @Nullable Plan basePlan) {

    public CompareOptions {
        variantIds = variantIds == null ? List.of() : List.copyOf(variantIds);
        parallelism = Math.max(1, Math.min(parallelism, Runtime.getRuntime().availableProcessors()));
    }
}
