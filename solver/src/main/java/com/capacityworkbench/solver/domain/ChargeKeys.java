package com.capacityworkbench.solver.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the distinct charges of one plan that are paid once however many shards incur them (a dataset
 * copied to a site, a workload ported to a family): equal charges get the same number, so the score counts
 * their carriers in an array instead of hashing the charges at every move.
 */
public final class ChargeKeys {

    private final Map<Object, Integer> keys = new HashMap<>();

    /** The charge's number: the same for every equal charge given to this instance. */
    public int keyOf(Object charge) {
        return keys.computeIfAbsent(charge, c -> keys.size());
    }
}
