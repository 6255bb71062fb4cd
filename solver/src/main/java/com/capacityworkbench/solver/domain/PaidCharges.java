package com.capacityworkbench.solver.domain;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The once-paid charges of a shard on a pool as the score counts them: each charge's number (from the plan's
 * {@link ChargeKeys}) and whole dollars, side by side.
 */
public record PaidCharges(int[] keys, long[] usd) {

    public static final PaidCharges NONE = new PaidCharges(new int[0], new long[0]);

    public static <C> PaidCharges of(List<C> charges, ToLongFunction<C> dollars, ChargeKeys numbering) {
        if (charges.isEmpty()) {
            return NONE;
        }
        int[] keys = new int[charges.size()];
        long[] usd = new long[charges.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = numbering.keyOf(charges.get(i));
            usd[i] = dollars.applyAsLong(charges.get(i));
        }
        return new PaidCharges(keys, usd);
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }
}
