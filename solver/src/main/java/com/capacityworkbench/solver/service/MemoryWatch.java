package com.capacityworkbench.solver.service;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Says when the heap's long-lived part is nearly full right after a collection. Past that point the JVM spends
 * its time collecting and then fails (a 20,000-workload solve went on for six minutes with its old generation
 * full); stopping the solve there keeps the best plan and leaves room to evaluate and save it.
 */
final class MemoryWatch implements AutoCloseable {

    /** The share of the long-lived heap still in use after a collection at which the solves stop. */
    static final double NEARLY_FULL = 0.92;

    private final NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
    private final NotificationListener listener;

    MemoryWatch(Runnable onNearlyFull) {
        this(NEARLY_FULL, onNearlyFull);
    }

    MemoryWatch(double share, Runnable onNearlyFull) {
        for (MemoryPoolMXBean pool : longLivedPools()) {
            long max = pool.getUsage().getMax();
            if (max > 0) {
                pool.setCollectionUsageThreshold(Math.max(1, (long) (max * share)));
            }
        }
        listener = (Notification n, Object handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
                onNearlyFull.run();
            }
        };
        emitter.addNotificationListener(listener, null, null);
    }

    /** The old generation (the pools that support both kinds of threshold; eden and survivors do not). */
    private static List<MemoryPoolMXBean> longLivedPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported()
                        && p.isCollectionUsageThresholdSupported())
                .toList();
    }

    /** How full the long-lived heap is now, for the message: "3.8 of 4.0 GB". */
    static String usage() {
        long max = 0;
        for (MemoryPoolMXBean pool : longLivedPools()) {
            max += Math.max(0, pool.getUsage().getMax());
        }
        return String.format(java.util.Locale.ROOT, "%.1f of %.1f GB", longLivedUsed() / 1e9, max / 1e9);
    }

    /** Bytes in use in the long-lived heap (the old generation) now. */
    static long longLivedUsed() {
        return longLivedPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
            // Already gone: nothing to undo.
        }
    }
}
