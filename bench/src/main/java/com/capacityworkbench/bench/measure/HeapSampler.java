package com.capacityworkbench.bench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap on a daemon thread: the most in use (garbage included, so it mostly shows how far the
 * collector lets the heap fill) and the most left by the last collection of each pool (the old generation
 * counts only after a full collection).
 */
final class HeapSampler implements AutoCloseable {

    private static final long EVERY_MS = 50;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        thread = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sample);
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            long afterGc = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                MemoryUsage usage = pool.getCollectionUsage();
                afterGc += usage == null ? 0 : usage.getUsed();
            }
            peakAfterGc.accumulateAndGet(afterGc, Math::max);
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakBytes() {
        return peak.get();
    }

    long peakAfterGcBytes() {
        return peakAfterGc.get();
    }

    long maxBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
