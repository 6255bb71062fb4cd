package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.variant.Change;
import com.capacityworkbench.model.variant.ResolvedVariant;
import com.capacityworkbench.model.variant.Variant;
import com.capacityworkbench.model.variant.VariantResolver;
import com.capacityworkbench.solver.service.SolveJob;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolveProgress;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Solves a scenario's variants side by side: the base first (unless its plan is given), then the chosen
 * variants in parallel up to the machine's cores, each warm-started from the base plan, and compares them.
 */
public final class VariantComparer {

    private final SolverService solverService;

    public VariantComparer(SolverService solverService) {
        this.solverService = solverService;
    }

    public ComparisonJob start(Scenario scenario, CompareOptions options, CompareListener listener) {
        VariantResolver resolver = new VariantResolver(scenario, scenario.variants());
        List<ResolvedVariant> chosen = chosen(scenario, options, resolver);
        Run run = new Run(scenario, chosen, options, listener);
        run.thread.start();
        return run;
    }

    private static List<ResolvedVariant> chosen(Scenario scenario, CompareOptions options, VariantResolver resolver) {
        List<String> ids = options.variantIds().isEmpty()
                ? scenario.variants().stream().map(Variant::id).toList()
                : options.variantIds();
        return ids.stream().map(resolver::resolve).toList();
    }

    /** Each variant's changes with its ancestors' first: all that separates it from the base. */
    static List<Change> lineageChanges(ResolvedVariant variant) {
        List<Change> changes = new ArrayList<>();
        variant.lineage().forEach(v -> changes.addAll(v.changes()));
        return changes;
    }

    private final class Run implements ComparisonJob {

        private final Scenario base;
        private final List<ResolvedVariant> variants;
        private final CompareOptions options;
        private final CompareListener listener;
        private final Set<SolveJob> solving = ConcurrentHashMap.newKeySet();
        private final CompletableFuture<Comparison> result = new CompletableFuture<>();
        private final Thread thread;
        private volatile boolean stopped;

        Run(Scenario base, List<ResolvedVariant> variants, CompareOptions options, CompareListener listener) {
            this.base = base;
            this.variants = variants;
            this.options = options;
            this.listener = listener;
            this.thread = new Thread(this::run, "compare-variants");
            this.thread.setDaemon(true);
        }

        private void run() {
            try {
                Scenario baseScenario = base.withVariants(List.of());
                Plan basePlan = options.basePlan() != null ? options.basePlan()
                        : solve(ComparedPlan.BASE_ID, baseScenario, null);
                Map<String, Plan> plans = solveVariants(basePlan);
                ComparedPlan baseColumn = new ComparedPlan(ComparedPlan.BASE_ID, base.name(), baseScenario, basePlan,
                        List.of(), List.of());
                List<ComparedPlan> columns = new ArrayList<>();
                Map<String, List<Change>> changes = new LinkedHashMap<>();
                for (ResolvedVariant v : variants) {
                    List<Change> lineage = lineageChanges(v);
                    changes.put(v.variant().id(), lineage);
                    columns.add(new ComparedPlan(v.variant().id(), v.variant().name(), v.scenario(),
                            plans.get(v.variant().id()), lineage.stream().map(Change::describe).toList(),
                            v.staleChanges()));
                }
                Comparison comparison = ComparisonBuilder.compare(baseColumn, columns, changes);
                listener.onFinished(comparison, stopped);
                result.complete(comparison);
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }

        private Map<String, Plan> solveVariants(Plan basePlan) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), r -> {
                Thread t = new Thread(r, "compare-variant");
                t.setDaemon(true);
                return t;
            });
            try {
                Map<String, Future<Plan>> futures = new LinkedHashMap<>();
                for (ResolvedVariant v : variants) {
                    Plan warm = StayCloseToBase.warmStart(basePlan, base, v.scenario(), lineageChanges(v),
                            options.stayCloseToBase());
                    futures.put(v.variant().id(), pool.submit(() -> solve(v.variant().id(), v.scenario(), warm)));
                }
                Map<String, Plan> plans = new LinkedHashMap<>();
                for (Map.Entry<String, Future<Plan>> f : futures.entrySet()) {
                    plans.put(f.getKey(), f.getValue().get());
                }
                return plans;
            } finally {
                pool.shutdownNow();
            }
        }

        private Plan solve(String id, Scenario scenario, @Nullable Plan warmStart) throws InterruptedException {
            SolveRequest request = new SolveRequest(scenario, warmStart, options.timePerPlan(), null, null,
                    options.seed());
            SolveJob job = solverService.start(request, new SolveListener() {
                @Override
                public void onProgress(SolveProgress progress) {
                    listener.onProgress(id, progress);
                }

                @Override
                public void onBestPlan(Plan plan) {
                }

                @Override
                public void onFinished(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
                    listener.onPlanFinished(id, plan, outcome);
                }
            });
            solving.add(job);
            if (stopped) {
                job.stop();
            }
            try {
                return job.awaitPlan();
            } finally {
                solving.remove(job);
            }
        }

        @Override
        public void stop() {
            stopped = true;
            solving.forEach(SolveJob::stop);
        }

        @Override
        public boolean isRunning() {
            return !result.isDone();
        }

        @Override
        public Comparison await() throws InterruptedException {
            try {
                return result.get();
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("comparing variants failed: " + cause.getMessage(), cause);
            }
        }
    }
}
