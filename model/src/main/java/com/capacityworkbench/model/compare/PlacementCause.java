package com.capacityworkbench.model.compare;

import com.capacityworkbench.model.scenario.Labelled;

/**
 * Why a workload is placed differently in a variant's plan, from scoring the move both ways: the base plan
 * with just this workload moved as the variant moves it, under the base and under the variant (and, when the
 * move does not stand alone, together with the moves it goes with). Only the first four tie the move to a change
 * of the variant.
 */
public enum PlacementCause implements Labelled {
    /** The workload is added or removed by a change. */
    ADDED_OR_REMOVED("added or removed by a change", true),
    /** Its base placement breaks a rule under the variant (or its pool is gone there). */
    FORCED("forced by a change", true),
    /** The move is better under the variant and not under the base. */
    WORTH_IT("worth it because of a change", true),
    /**
     * Alone the move breaks a rule or loses under the variant, but with the moves it makes room for (or takes room
     * from) it is better under the variant and not under the base.
     */
    KNOCK_ON("knock-on of a change", true),
    /** The move is better under the base too: the variant's solve found something the base's did not. */
    BETTER_UNDER_BASE_TOO("re-optimised: better under the base too", false),
    /** The move neither gains nor loses under the variant. */
    AS_GOOD("re-optimised: as good as before", false),
    /**
     * Alone the move is worse (or breaks a rule) under the variant, and with the moves it goes with it is not
     * better under the variant only: re-optimisation, not a change's effect.
     */
    GOES_WITH_OTHERS("goes with other moves", false),
    /** Too many moves to score each in the time the comparison allows. */
    NOT_WEIGHED("not weighed", false);

    private final String label;
    private final boolean causedByChange;

    PlacementCause(String label, boolean causedByChange) {
        this.label = label;
        this.causedByChange = causedByChange;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the move is shown as caused by one of the variant's changes. */
    public boolean causedByChange() {
        return causedByChange;
    }
}
