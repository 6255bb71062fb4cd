package com.capacityworkbench.solver.testing;

import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolveProgress;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** Solves scenarios in tests, reproducibly: a seed and a move-count limit, a generous time limit. */
public final class Solving {

    private Solving() {
    }

    public static Scenario sample(String name) throws Exception {
        return ScenarioJson.read(Path.of("..", "samples", name));
    }

    public static Plan solve(Scenario scenario, long moves) throws InterruptedException {
        return solve(scenario, null, moves, 42);
    }

    public static Plan solve(Scenario scenario, @Nullable Plan warmStart, long moves, long seed) throws InterruptedException {
        try (SolverService service = new SolverService()) {
            return service.start(new SolveRequest(scenario, warmStart, Duration.ofMinutes(5), null, moves, seed), SolveListener.NONE)
                    .awaitPlan();
        }
    }

    /** A plan of these assignments (pinned where they say so), for a warm start that puts shards where a test wants. */
    public static Plan pinned(Scenario scenario, java.util.List<com.capacityworkbench.model.plan.Assignment> assignments) {
        return new Plan(scenario.name(), "", assignments,
                PlanEvaluator.evaluate(scenario, java.util.List.of(), PlanEvaluator.Detail.LIGHT).kpis(),
                java.util.List.of(), java.util.List.of(), null);
    }

    /**
     * Each workload's demand as the plan's rows carry it, to the cent: every workload has rows and they add up to its
     * demand, however the plan cut it into shards (compare with {@link #demands}).
     */
    public static java.util.Map<String, Double> rowDemands(Plan plan) {
        java.util.Map<String, Double> sums = new java.util.TreeMap<>();
        plan.assignments().forEach(a -> sums.merge(a.workload(), a.demand(), Double::sum));
        sums.replaceAll((workload, sum) -> Math.round(sum * 100) / 100.0);
        return sums;
    }

    /** Each workload's demand, to the cent. */
    public static java.util.Map<String, Double> demands(Scenario scenario) {
        java.util.Map<String, Double> demands = new java.util.TreeMap<>();
        scenario.workloads().forEach(w -> demands.put(w.id(), Math.round(w.demand() * 100) / 100.0));
        return demands;
    }

    /** A listener that keeps only how the solve ended. */
    public record Recording(AtomicReference<SolveOutcome> outcome) implements SolveListener {

        @Override
        public void onProgress(SolveProgress progress) {
        }

        @Override
        public void onBestPlan(Plan plan) {
        }

        @Override
        public void onFinished(Plan plan, SolveOutcome ended, @Nullable Throwable error) {
            outcome.set(ended);
        }
    }
}
