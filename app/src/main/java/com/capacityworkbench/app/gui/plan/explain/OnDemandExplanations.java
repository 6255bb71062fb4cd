package com.capacityworkbench.app.gui.plan.explain;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.evaluate.WorkloadExplainer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Works out one workload's full explanation, off the JavaFX thread, for plans too large to carry every workload's
 * candidate pools (PlanEvaluator.CANDIDATE_PAIRS_UP_FRONT): the plan is evaluated once, then each click asks it.
 */
final class OnDemandExplanations {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "explain-on-demand");
        t.setDaemon(true);
        return t;
    });
    private @Nullable Plan plan;
    private @Nullable CompletableFuture<WorkloadExplainer> explainer;

    /** Called on the JavaFX thread; completes on the worker. */
    CompletableFuture<Optional<WorkloadExplanation>> explain(Scenario scenario, Plan shown, String workload) {
        if (plan != shown || explainer == null) {
            plan = shown;
            explainer = CompletableFuture.supplyAsync(() -> PlanEvaluator.explainer(scenario, shown.assignments()), worker);
        }
        return explainer.thenApplyAsync(x -> x.explain(workload), worker);
    }
}
