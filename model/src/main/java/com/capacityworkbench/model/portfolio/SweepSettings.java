package com.capacityworkbench.model.portfolio;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a sweep runs: how many futures from which seed, in which mode, and each future's solve limits. A move limit
 * makes every future's solve reproducible (the same results on one machine or on many).
 *
 * @param moveLimit moves per future's solve, or null to be limited by time only
 */
public record SweepSettings(int samples, long seed, SweepMode mode, double secondsPerSample, @Nullable Long moveLimit) {

    public SweepSettings {
        if (samples < 1) {
            throw new IllegalArgumentException("a sweep needs at least one sample, not " + samples);
        }
        if (!(secondsPerSample > 0)) {
            throw new IllegalArgumentException("each future needs some time to solve, not " + secondsPerSample + " s");
        }
    }

    /** Each future's time limit. */
    public Duration perSample() {
        return Duration.ofMillis(Math.round(secondsPerSample * 1000));
    }
}
