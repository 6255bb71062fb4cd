package com.capacityworkbench.app.gui.plan.grid;

/**
 * When committed or self-built capacity left idle is worth a planner's eye: at least a fifth of the pool idle in the
 * period and at least $100,000 of sunk cost wasted there. Flagging every idle dollar marked nearly every cell of a
 * large plan (55,931 of 56,000), which says nothing.
 */
public final class IdleFlag {

    public static final double MIN_IDLE_SHARE = 0.20;
    public static final double MIN_IDLE_USD = 100_000;

    private IdleFlag() {
    }

    /** @param used accelerators in use, @param available accelerators in the pool, @param idleUsd sunk cost left idle */
    public static boolean material(long used, long available, double idleUsd) {
        return available > 0 && idleUsd >= MIN_IDLE_USD && (double) (available - used) / available >= MIN_IDLE_SHARE;
    }

    /** The rule in words, for the chart's caption and tooltips. */
    public static String rule() {
        return "at least 20 % idle and $100K of sunk cost in the period";
    }
}
