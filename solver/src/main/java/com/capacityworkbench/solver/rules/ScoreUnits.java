package com.capacityworkbench.solver.rules;

/**
 * How the score counts each rule, in whole units, so that the solver and the plan evaluator round the
 * same way: dollars, milliseconds, accelerator-hours, reference-accelerator-hours, watts.
 */
public final class ScoreUnits {

    private ScoreUnits() {
    }

    public static long dollars(double usd) {
        return Math.round(usd);
    }

    /** Unplaced demand counts reference accelerators × priority, at least 1 for any demand. */
    public static long unplacedDemand(double demand, int priority) {
        return demand <= 0 ? 0 : Math.max(1, Math.round(demand * Math.max(1, priority)));
    }

    /** A first-refusal workload off the primary counts its reference-accelerator-hours (strict mode). */
    public static long firstRefusalHours(double demand, double hours) {
        return Math.max(1, Math.round(demand * hours));
    }

    /** Latency above target, whole milliseconds rounded up: 0.2 ms late is still late. */
    public static long latencyOverMs(double overMs) {
        return overMs <= 0 ? 0 : (long) Math.ceil(overMs - 1e-9);
    }

    public static long acceleratorHours(double acceleratorHours) {
        return Math.round(acceleratorHours);
    }

    /** Power above a cap, whole kilowatts rounded up. */
    public static long overKw(long usedWatts, long capWatts) {
        return usedWatts <= capWatts ? 0 : (usedWatts - capWatts + 999) / 1000;
    }

    public static long capWatts(double capMw) {
        return Math.round(capMw * 1e6);
    }

    /** Accelerator-hours a provider holds above its allowed share of the total. */
    public static long shareExcess(long providerHours, long totalHours, double maxSharePct) {
        if (maxSharePct >= 100) {
            return 0;
        }
        long allowed = (long) Math.floor(totalHours * maxSharePct / 100.0);
        return Math.max(0, providerHours - allowed);
    }
}
