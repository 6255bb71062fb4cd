package com.capacityworkbench.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OldGenerationSweepTest {

    private static final List<String> PARALLEL = List.of("PS Scavenge", "PS MarkSweep");
    private static final List<String> G1 = List.of("G1 Young Generation", "G1 Concurrent GC", "G1 Old Generation");

    @Test
    void aLargeOldGenerationUnderTheParallelCollectorIsSwept() {
        assertThat(OldGenerationSweep.due(PARALLEL, 3_000_000_000L)).isTrue();
    }

    @Test
    void aSmallOldGenerationIsNotWorthThePause() {
        assertThat(OldGenerationSweep.due(PARALLEL, OldGenerationSweep.THRESHOLD_BYTES)).isFalse();
        assertThat(OldGenerationSweep.due(PARALLEL, 200_000_000L)).isFalse();
    }

    @Test
    void theDesktopAppsCollectorIsLeftToItsMixedCollections() {
        assertThat(OldGenerationSweep.due(G1, 3_000_000_000L)).isFalse();
    }
}
