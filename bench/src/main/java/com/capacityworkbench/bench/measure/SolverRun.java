package com.capacityworkbench.bench.measure;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.service.SolveJob;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Measures the product's solve path ({@link SolverService}, listener included) on one scenario: after a
 * warm-up solve of a small generated scenario, one solve that runs until the last checkpoint.
 */
public final class SolverRun {

    private static final ScenarioGenerator.Settings WARM_UP = new ScenarioGenerator.Settings(300, 20, 12, 999);

    private SolverRun() {
    }

    public static void warmUp(Duration time) throws Exception {
        if (time.isZero()) {
            return;
        }
        solve(ScenarioGenerator.generate(WARM_UP), time, 999, new SolveTimeline());
        System.gc();
    }

    /** @param checkpoints seconds, ascending; the solve's time limit is the last one */
    public static SolverMeasurement measure(String caseId, Scenario scenario, long seed, List<Integer> checkpoints)
            throws Exception {
        int limit = checkpoints.getLast();
        SolveTimeline timeline;
        Plan finalPlan;
        long peak;
        long live;
        long max;
        try (HeapSampler heap = new HeapSampler()) {
            timeline = new SolveTimeline();
            finalPlan = solve(scenario, Duration.ofSeconds(limit), seed, timeline);
            peak = heap.peakBytes();
            live = heap.peakAfterGcBytes();
            max = heap.maxBytes();
        }
        List<TimedScore> bests = timeline.bests();
        Map<Integer, String> bestAt = new LinkedHashMap<>();
        for (int checkpoint : checkpoints) {
            bestAt.put(checkpoint, checkpoint == limit ? finalPlan.score() : lastBefore(bests, checkpoint));
        }
        Double firstFeasible = bests.stream().filter(TimedScore::isUsable).map(TimedScore::seconds).findFirst().orElse(null);
        return new SolverMeasurement(caseId, seed, finalPlan.assignments().size(), firstFeasible, bestAt,
                finalPlan.score(), timeline.movesPerSecond(), peak, live, max, bests, PlanCosts.of(scenario, finalPlan));
    }

    private static Plan solve(Scenario scenario, Duration limit, long seed, SolveTimeline timeline) throws Exception {
        try (SolverService service = new SolverService()) {
            SolveJob job = service.start(new SolveRequest(scenario, null, limit, null, null, seed), timeline);
            job.awaitPlan();
            return timeline.awaitFinal();
        }
    }

    private static String lastBefore(List<TimedScore> bests, double seconds) {
        @Nullable String score = null;
        for (TimedScore t : bests) {
            if (t.seconds() <= seconds) {
                score = t.score();
            }
        }
        return score == null ? "" : score;
    }
}
