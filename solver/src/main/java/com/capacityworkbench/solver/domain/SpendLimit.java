package com.capacityworkbench.solver.domain;

/**
 * A provider's spend term as the score sees it, in whole dollars over a range of period slots: a take-or-pay
 * minimum and a cap on payments, and what the provider is paid there whatever the plan does (its committed pools).
 *
 * @param maximumUsd {@link Long#MAX_VALUE} for no cap
 * @param sunkUsd    the provider's committed pools in the range, paid whether used or not
 */
public record SpendLimit(String term, String provider, int fromSlot, int toSlot, long minimumUsd, long maximumUsd,
        long sunkUsd) {

    /** How many of these slots lie in the range. */
    public int overlap(int[] slots) {
        int n = 0;
        for (int slot : slots) {
            if (slot >= fromSlot && slot <= toSlot) {
                n++;
            }
        }
        return n;
    }

    /** How many of the slots first … first + count − 1 lie in the range. */
    public int overlap(int first, int count) {
        int from = Math.max(first, fromSlot);
        int to = Math.min(first + count - 1, toSlot);
        return Math.max(0, to - from + 1);
    }

    /** {@code usd} spread evenly over {@code of} slots, the share of {@code in} of them, rounded down. */
    public static long share(long usd, int in, int of) {
        return of == 0 ? 0 : Math.floorDiv(Math.multiplyExact(usd, (long) in), of);
    }
}
