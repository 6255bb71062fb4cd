package com.capacityworkbench.solver.scale;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.service.SolveJob;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolveProgress;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures a generated scenario at scale and prints the figures; it asserts nothing and runs only when
 * asked: {@code mvn -pl solver -am test -Dtest=ScaleMeasurement -Dmeasure=5000x300x12 -Dseconds=60}.
 */
@EnabledIfSystemProperty(named = "measure", matches = "\\d+x\\d+x\\d+")
class ScaleMeasurement {

    @Test
    void measure() throws Exception {
        String[] size = System.getProperty("measure").split("x");
        long seconds = Long.getLong("seconds", 60);
        long started = System.nanoTime();
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(
                Integer.parseInt(size[0]), Integer.parseInt(size[1]), Integer.parseInt(size[2]), 1));
        long generated = System.nanoTime();
        System.out.printf("generated %s: %d workloads, %d shards, %d pools, %d periods in %d ms%n", System.getProperty("measure"),
                scenario.workloads().size(), scenario.workloads().stream().mapToInt(w -> w.shardCount()).sum(),
                scenario.pools().size(), scenario.horizon().size(), (generated - started) / 1_000_000);
        CountDownLatch done = new CountDownLatch(1);
        long[] firstFeasibleNanos = {0};
        Plan[] lastPlan = {null};
        SolveListener listener = new SolveListener() {
            @Override
            public void onProgress(SolveProgress p) {
                if (p.feasible() && firstFeasibleNanos[0] == 0) {
                    firstFeasibleNanos[0] = System.nanoTime();
                }
                System.out.printf("  %5.1f s  %s  %,d moves/s%n", p.elapsed().toMillis() / 1000.0, p.levels(), p.movesPerSecond());
            }

            @Override
            public void onBestPlan(Plan plan) {
                if (plan.isFeasible() && firstFeasibleNanos[0] == 0) {
                    firstFeasibleNanos[0] = System.nanoTime();
                }
            }

            @Override
            public void onFinished(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
                lastPlan[0] = plan;
                System.out.printf("finished %s after %.1f s (full evaluation included): feasible %s, %d unplaced workloads, %s%n",
                        outcome, (System.nanoTime() - generated) / 1e9, plan.isFeasible(), plan.kpis().unplacedWorkloads(),
                        plan.score());
                if (error != null) {
                    error.printStackTrace(System.out);
                }
                done.countDown();
            }
        };
        try (SolverService service = new SolverService()) {
            SolveJob job = service.start(new SolveRequest(scenario, null, Duration.ofSeconds(seconds), null, null, 1), listener);
            done.await(seconds + 600, TimeUnit.SECONDS);
            job.awaitPlan();
        }
        System.out.printf("first plan with no hard violation after %.1f s from the request%n",
                (firstFeasibleNanos[0] - generated) / 1e9);
        for (PlanEvaluator.Detail detail : PlanEvaluator.Detail.values()) {
            long t = System.nanoTime();
            PlanEvaluator.evaluate(scenario, lastPlan[0].assignments(), detail);
            System.out.printf("evaluating the plan (%s) takes %.1f s%n", detail, (System.nanoTime() - t) / 1e9);
        }
    }
}
