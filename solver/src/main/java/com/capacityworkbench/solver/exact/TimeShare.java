package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.score.ScoreLevels;

/**
 * How much of the time left a level's search may take when it starts, where that is more than its own limit: a level a
 * proof has already passed leaves its time to the next.
 *
 * @param ofTimeLeft   the share of the time left; 0 for none
 * @param throughLevel the last level that may take it (the levels below keep their own limit)
 */
record TimeShare(double ofTimeLeft, int throughLevel) {

    /** Every level keeps its own limit. */
    static final TimeShare NONE = new TimeShare(0, -1);

    TimeShare {
        if (ofTimeLeft < 0 || ofTimeLeft > 1) {
            throw new IllegalArgumentException("a share of " + ofTimeLeft + " of the time left\n"
                    + "Maybe give a share from 0 to 1.");
        }
    }

    /** Every level may take the share. */
    static TimeShare everyLevel(double ofTimeLeft) {
        return new TimeShare(ofTimeLeft, ScoreLevels.SOFT_LEVELS - 1);
    }

    /** The unplaced level alone may take the share. */
    static TimeShare unplacedLevel(double ofTimeLeft) {
        return new TimeShare(ofTimeLeft, ScoreLevels.UNPLACED);
    }

    /**
     * @param ownLimit    the level's own limit in seconds
     * @param secondsLeft until the search's deadline
     * @return seconds the level may take: never beyond the deadline
     */
    double secondsFor(int level, double ownLimit, double secondsLeft) {
        double share = level <= throughLevel ? ofTimeLeft * secondsLeft : 0;
        return Math.min(Math.max(ownLimit, share), secondsLeft);
    }
}
