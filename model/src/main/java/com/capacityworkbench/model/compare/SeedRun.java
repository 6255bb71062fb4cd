package com.capacityworkbench.model.compare;

import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.PlanQuality;
import org.jspecify.annotations.Nullable;

/**
 * One solve of a compared scenario with one random seed: what it reached. A comparison keeps every seed's
 * figures so it can say how far the solver's answers spread (its noise) next to the plan it shows.
 *
 * @param score   the plan's score text as the plan evaluator counts it (for diagnosis, never shown)
 * @param quality how good the solve says its plan is; null when the solve ended before it knew
 */
public record SeedRun(long seed, String score, Kpis kpis, @Nullable PlanQuality quality) {

    /** Proven optimal on every level: another seed could not do better, so this scenario has no solver noise. */
    public boolean provenOptimal() {
        return quality != null && quality.provenOptimal();
    }
}
