package com.capacityworkbench.solver.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the distinct charges of one plan that are paid once however many shards incur them (a dataset
 * copied to a site, a workload ported to a family): equal charges get the same number, so the score counts
 * their carriers in an array instead of hashing the charges at every move. Safe to share between the threads that
 * build a plan's options in parallel; which number a charge gets does not matter, only that equal charges share it.
 */
public final class ChargeKeys {

    private final Map<Object, Integer> keys = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The charge's number: the same for every equal charge given to this instance. */
    public int keyOf(Object charge) {
        return keys.computeIfAbsent(charge, c -> next.getAndIncrement());
    }
}
