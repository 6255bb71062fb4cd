package com.capacityworkbench.app.gui.solve;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Keeps only the newest of many values offered from solver threads and hands it out at most once per
 * interval, so the plan views repaint a few times a second however fast the solver improves.
 * The clock is passed in, so the rule is tested without waiting.
 */
public final class PlanThrottle<T> {

    private final AtomicReference<@Nullable T> pending = new AtomicReference<>();
    private final long intervalMillis;
    private long lastPublished = Long.MIN_VALUE / 2;

    public PlanThrottle(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** Any thread: replaces whatever was waiting. */
    public void offer(T value) {
        pending.set(value);
    }

    /** The waiting value if the interval has passed since the last one handed out, else null. */
    public @Nullable T poll(long nowMillis) {
        if (nowMillis - lastPublished < intervalMillis) {
            return null;
        }
        T value = pending.getAndSet(null);
        if (value != null) {
            lastPublished = nowMillis;
        }
        return value;
    }

    /** The waiting value now, whatever the interval (the final plan of a solve must not wait). */
    public @Nullable T drain() {
        return pending.getAndSet(null);
    }
}
