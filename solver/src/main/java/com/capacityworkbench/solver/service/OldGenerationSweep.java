package com.capacityworkbench.solver.service;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * One full collection between a large search and its final evaluation, when the parallel collector's old generation
 * holds more than {@link #THRESHOLD_BYTES}. The command line gives that collector a small young generation (the
 * launcher's NewRatio), so objects of the building and the search that live a little longer than a young collection
 * are promoted and stay until the old generation fills, and the search's own structures die there when it ends; the
 * final evaluation then grew the old generation past all of it. At 20,000 workloads the old generation held 3.2 GB
 * after young collections against a live set of 2.0 GB, and the peak RSS was 3.95–4.04 GB (docs/benchmarks.md runs S).
 */
final class OldGenerationSweep {

    /** Below this the collection is not worth its pause (about 0.7 s per GB kept, on two cores). */
    static final long THRESHOLD_BYTES = 1_500_000_000L;

    private OldGenerationSweep() {
    }

    /** Collects the whole heap when the parallel collector runs and its old generation is above the threshold. */
    static void sweep() {
        List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList();
        if (due(collectors, MemoryWatch.longLivedUsed())) {
            System.gc();
        }
    }

    /**
     * Whether a sweep pays: only under the parallel collector (its beans are "PS Scavenge" and "PS MarkSweep"); G1,
     * the desktop app's collector, reclaims old regions in mixed collections without a full pause.
     */
    static boolean due(List<String> collectorNames, long oldGenerationUsedBytes) {
        return oldGenerationUsedBytes > THRESHOLD_BYTES && collectorNames.stream().anyMatch(n -> n.startsWith("PS "));
    }
}
