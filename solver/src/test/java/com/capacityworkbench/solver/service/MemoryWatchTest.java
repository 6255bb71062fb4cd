package com.capacityworkbench.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.testing.RandomScenarios;
import com.capacityworkbench.solver.testing.Solving;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MemoryWatchTest {

    /** A threshold every collection exceeds: the JVM's own notification reaches the watch. */
    @Test
    void aCollectionThatLeavesTheHeapAboveItsShareIsReported() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        try (MemoryWatch watch = new MemoryWatch(1e-9, reported::countDown)) {
            byte[][] keep = new byte[64][];
            for (int i = 0; i < keep.length; i++) {
                keep[i] = new byte[64 * 1024];
            }
            System.gc();
            assertThat(reported.await(20, TimeUnit.SECONDS)).as("notified after a full collection").isTrue();
            assertThat(keep[63]).hasSize(64 * 1024);
        } finally {
            new MemoryWatch(MemoryWatch.NEARLY_FULL, () -> { }).close(); // the threshold back where the product keeps it
        }
    }

    @Test
    void memoryRunningShortStopsTheSolveWithItsBestPlanAndSaysWhy() throws Exception {
        Scenario scenario = RandomScenarios.generate(8, 300, 30, 8);
        AtomicReference<SolveOutcome> outcome = new AtomicReference<>();
        CountDownLatch best = new CountDownLatch(1);
        try (SolverService service = new SolverService()) {
            SolveJob job = service.start(new SolveRequest(scenario, null, Duration.ofMinutes(5), null, null, 1),
                    new SolveListener() {
                        @Override
                        public void onProgress(SolveProgress progress) {
                        }

                        @Override
                        public void onBestPlan(Plan plan) {
                            best.countDown();
                        }

                        @Override
                        public void onFinished(Plan plan, SolveOutcome ended, @Nullable Throwable error) {
                            outcome.set(ended);
                        }
                    });
            assertThat(best.await(60, TimeUnit.SECONDS)).isTrue();

            service.memoryNearlyFull();

            Plan plan = job.awaitPlan();
            assertThat(outcome.get()).isEqualTo(SolveOutcome.MEMORY_SHORT);
            assertThat(Solving.rowDemands(plan)).isEqualTo(Solving.demands(scenario));
            assertThat(plan.assignments()).anyMatch(a -> a.pool() != null);
            assertThat(plan.quality()).isNotNull();
        }
    }
}
