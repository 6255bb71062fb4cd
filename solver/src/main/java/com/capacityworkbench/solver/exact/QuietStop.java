package com.capacityworkbench.solver.exact;

/**
 * When a search that has stopped finding better solutions is over before its limit: it has found nothing better for
 * {@code seconds}, and for at least {@code share} of its time so far, so a search still improving goes on.
 *
 * On the generated 500×30×12 a third of the small slices' searches that ran to their limit never improved their start,
 * each spending about a second, while those that did improve found something at least every few tenths of a second
 * (docs/benchmarks.md, runs AM and AN). Wall-clock, so never in a solve that must be reproducible.
 *
 * @param seconds quiet time before a stop; 0 for never
 * @param share   of the search's time so far, the least the quiet time must also be
 */
record QuietStop(double seconds, double share) {

    /** A search that runs to its limits. */
    static final QuietStop NEVER = new QuietStop(0, 0);

    QuietStop {
        if (seconds < 0 || share < 0 || share >= 1) {
            throw new IllegalArgumentException("a quiet stop of " + seconds + " s and " + share + " of the search\n"
                    + "Maybe give at least 0 s and a share from 0 up to, not including, 1.");
        }
    }

    boolean never() {
        return seconds == 0;
    }

    /**
     * @param searchingNanos  the search's time so far
     * @param sinceBetterNanos time since its last solution (or since it began, before the first)
     */
    boolean due(long searchingNanos, long sinceBetterNanos) {
        return !never() && sinceBetterNanos >= seconds * 1e9 && sinceBetterNanos >= share * searchingNanos;
    }
}
