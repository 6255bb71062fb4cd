package com.capacityworkbench.solver.rules;

/**
 * How the score counts each rule, in whole units, so that the solver and the plan evaluator round the
 * same way: dollars, milliseconds, accelerator-hours, reference-accelerator-hours, watts. Every conversion
 * and sum is exact or throws {@link ScoreOverflow}: a figure too large for 64 bits is never rounded to the
 * largest long without a word (which is how a validated file once crashed Timefold's own exact arithmetic).
 */
public final class ScoreUnits {

    private ScoreUnits() {
    }

    /** Doubles this large or larger do not round to a long. */
    private static final double LONG_RANGE = 0x1p63;

    public static long dollars(double usd) {
        return whole(usd, "$");
    }

    /** Unplaced demand counts reference accelerators × priority, at least 1 for any demand. */
    public static long unplacedDemand(double demand, int priority) {
        return demand <= 0 ? 0 : Math.max(1, whole(demand * Math.max(1, priority), "unplaced demand × priority"));
    }

    /** A first-refusal workload off the primary counts its reference-accelerator-hours (strict mode). */
    public static long firstRefusalHours(double demand, double hours) {
        return Math.max(1, whole(demand * hours, "ref-accel-hours off the primary"));
    }

    /** Latency above target, whole milliseconds rounded up: 0.2 ms late is still late. */
    public static long latencyOverMs(double overMs) {
        return overMs <= 0 ? 0 : (long) Math.ceil(overMs - 1e-9);
    }

    public static long acceleratorHours(double acceleratorHours) {
        return whole(acceleratorHours, "accelerator-hours");
    }

    /** Facility power in whole watts. */
    public static long watts(double watts) {
        return whole(watts, "W");
    }

    /** Power above a cap, whole kilowatts rounded up. */
    public static long overKw(long usedWatts, long capWatts) {
        return usedWatts <= capWatts ? 0 : (usedWatts - capWatts + 999) / 1000;
    }

    public static long capWatts(double capMw) {
        return whole(capMw * 1e6, "W of power cap");
    }

    /** Accelerator-hours a provider holds above its allowed share of the total. */
    public static long shareExcess(long providerHours, long totalHours, double maxSharePct) {
        if (maxSharePct >= 100) {
            return 0;
        }
        long allowed = (long) Math.floor(totalHours * maxSharePct / 100.0);
        return Math.max(0, providerHours - allowed);
    }

    /** a + b, or {@link ScoreOverflow}. */
    public static long add(long a, long b) {
        long sum = a + b;
        // Overflow only when both have the other sign than the sum (Math.addExact's test, with our message).
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw new ScoreOverflow(a + " + " + b);
        }
        return sum;
    }

    /** a × b, or {@link ScoreOverflow}. */
    public static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new ScoreOverflow(a + " × " + b);
        }
    }

    /** Rounded to a whole unit; a value no long can hold (or not a number at all) is an overflow. */
    private static long whole(double value, String unit) {
        if (!(Math.abs(value) < LONG_RANGE)) {
            throw new ScoreOverflow(value + " " + unit);
        }
        return Math.round(value);
    }
}
