package com.capacityworkbench.solver.compare;

import java.time.Duration;

/** When the comparison's cross-checks (scoring plans and moves in other scenarios) must end. */
record Deadline(long nanos) {

    static Deadline in(Duration time) {
        return new Deadline(System.nanoTime() + time.toNanos());
    }

    static Deadline none() {
        return new Deadline(Long.MAX_VALUE);
    }

    boolean passed() {
        return nanos != Long.MAX_VALUE && System.nanoTime() - nanos >= 0;
    }
}
