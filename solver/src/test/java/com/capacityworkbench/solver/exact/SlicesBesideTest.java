package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PlacementSolutionCloner;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.model.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Two slices searched at once on a placement-only plan (the solve given two cores, whatever the machine has): the plan
 * the solve ends with is scored exactly as a fresh score calculation scores it, keeps every hard rule and is no worse
 * than where the exact search started.
 */
class SlicesBesideTest {

    private static final Duration LIMIT = Duration.ofSeconds(12);

    @Test
    void twoSlicesAtOnceLeaveAPlanItsScoreDescribes() {
        // Too big to be one program (about 2,600 shards), so the slices run from a quarter of the time to the end.
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(300, 20, 8, 2));
        PlacementSolution problem = SolutionBuilder.build(scenario);
        SolveRequest request = new SolveRequest(scenario, null, LIMIT, null, null, 3);
        Recorder recorder = new Recorder();
        ExactSearch.Budget twoCores = new ExactSearch.Budget(request.deadlineNanos(), LIMIT.toNanos() / 4e9, false,
                Integer.MAX_VALUE, () -> 2);
        SolverConfig config = PlacementSolverConfig.of(request, false,
                new PlacementSolverConfig.ExactPhases(ExactSearch.wholePlan(twoCores, 3, recorder),
                        ExactSearch.slices(twoCores, 3, recorder)));
        // Without the local search the slices start once the whole-plan phase gives up: the local search's share
        // counts from its own start, so on a slow machine (CI's) it left the slices a few pairs, 56 ms of CPU time.
        config.getPhaseConfigList().removeIf(phase -> phase instanceof LocalSearchPhaseConfig);
        SolverFactory<PlacementSolution> factory = SolverFactory.create(config);
        Solver<PlacementSolution> solver = factory.buildSolver();
        solver.addEventListener(event -> recorder.best.set(new PlacementSolutionCloner().cloneSolution(event.getNewBestSolution())));

        long besideBefore = besideCpuNanos();
        PlacementSolution solved = solver.solve(problem);

        assertThat(recorder.improvements.get()).as("the slices improved the plan").isPositive();
        BendableScore reported = solved.getScore();
        SolutionManager<PlacementSolution, BendableScore> scores = SolutionManager.create(factory);
        BendableScore rescored = scores.update(new PlacementSolutionCloner().cloneSolution(solved));
        assertThat(rescored).isEqualTo(reported);
        assertThat(reported.isFeasible()).isTrue();
        assertThat(besideCpuNanos() - besideBefore).as("CPU time of slices searched beside others, ns")
                .isPositive();
        assertThat(reported.softScore(ScoreLevels.UNPLACED))
                .isGreaterThanOrEqualTo(recorder.startOfSlices.get().softScore(ScoreLevels.UNPLACED));
    }

    /** CPU time the threads that search a second slice have taken so far (they outlive a solve for a while). */
    private static long besideCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("exact-search-beside"))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.threadId())))
                .sum();
    }

    /** Keeps what a solve service would: the best plan so far, the exact search's improvements. */
    private static final class Recorder implements ExactSearchListener {

        final AtomicReference<PlacementSolution> best = new AtomicReference<>();
        final AtomicReference<BendableScore> startOfSlices = new AtomicReference<>();
        final AtomicInteger improvements = new AtomicInteger();

        @Override
        public void improved(PlacementSolution plan) {
            PlacementSolution before = best.get();
            if (before != null) {
                startOfSlices.compareAndSet(null, before.getScore());
            }
            improvements.incrementAndGet();
        }

        @Override
        public void bounded(BendableScore plan, int softLevel, long bound, boolean proven, boolean conditional) {
        }

        @Override
        public @Nullable PlacementSolution bestSoFar() {
            return best.get();
        }

        @Override
        public void provenOptimal() {
        }
    }
}
