package com.capacityworkbench.model.plan;

/**
 * What buying one block less of an offer (or not making a build-out step) does to the plan, re-solved: the
 * difference in total cost and in unplaced demand against the plan that buys it.
 *
 * @param what           "3 blocks instead of 4", "without it"
 * @param costDeltaUsd   the re-solved plan's total cost less the plan's
 * @param unplacedDelta  reference accelerators the re-solved plan leaves unplaced beyond the plan's
 * @param offPrimaryDelta first-refusal workloads off the primary beyond the plan's
 */
public record OneLess(String purchase, String what, double costDeltaUsd, double unplacedDelta, int offPrimaryDelta) {

    /** Why a re-solve that {@link #looksBetterWithout looks better} is not the answer, in the CLI and the GUI alike. */
    public static final String RANKED_LOWER = "cheaper without, but ranked lower on a level above cost (unplaced demand "
            + "by priority, first-refusal hours or a rule)";

    /**
     * The re-solve looks better by these figures: cheaper, placing as much and keeping as many first-refusal workloads
     * on the primary. The purchase question takes every re-solve its score ranks better as the answer, so one listed
     * here ranks lower on a level above cost that the figures do not show: unplaced demand weighted by priority,
     * first-refusal hours, or a rule it breaks.
     */
    public boolean looksBetterWithout() {
        return costDeltaUsd < 0 && unplacedDelta <= 0 && offPrimaryDelta <= 0;
    }
}
