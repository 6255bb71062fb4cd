package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.variant.ResolvedVariant;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.variant.VariantResolver;
import com.capacityworkbench.solver.service.SolveJob;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolvePolicy;
import com.capacityworkbench.solver.service.SolveProgress;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Solves a scenario's variants side by side: the base first (unless its plan is given), then the chosen
 * variants, each warm-started from the base plan; every plan with its seeds ({@link CompareOptions#seedsFor}), up
 * to the machine's cores at once, first seeds of all plans before second seeds. Then the plans are made consistent ({@link ConsistentPlans}) and compared ({@link ComparisonBuilder}).
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
                ComparisonBuilder.Solved baseSolved;
                if (options.basePlan() != null) {
                    baseSolved = new ComparisonBuilder.Solved(ComparedPlan.BASE_ID, base.name(), baseScenario,
                            options.basePlan(), List.of(), List.of(), List.of());
                } else {
                    ScenarioSolves solves = new ScenarioSolves(ComparedPlan.BASE_ID, baseScenario, null,
                            options.seedsFor(1), options.timePerPlan(), false);
                    solveAll(List.of(solves));
                    baseSolved = new ComparisonBuilder.Solved(ComparedPlan.BASE_ID, base.name(), baseScenario,
                            solves.best(), solves.seedRuns(), List.of(), List.of());
                }
                List<ScenarioSolves> variantSolves = new ArrayList<>();
                int seeds = options.seedsFor(variants.size());
                for (ResolvedVariant v : variants) {
                    Plan warm = StayCloseToBase.warmStart(baseSolved.plan(), baseScenario, v.scenario(),
                            lineageChanges(v), options.stayCloseToBase());
                    variantSolves.add(new ScenarioSolves(v.variant().id(), v.scenario(), warm, seeds,
                            options.timePerPlan(), false));
                }
                solveAll(variantSolves);
                listener.onCrossChecking();
                List<ComparisonBuilder.Solved> solvedVariants = new ArrayList<>();
                for (int i = 0; i < variants.size(); i++) {
                    ResolvedVariant v = variants.get(i);
                    ScenarioSolves solves = variantSolves.get(i);
                    solvedVariants.add(new ComparisonBuilder.Solved(v.variant().id(), v.variant().name(), v.scenario(),
                            solves.best(), solves.seedRuns(), lineageChanges(v), v.staleChanges()));
                }
                Duration crossCheck = ComparisonBuilder.crossCheckTime(options.timePerPlan());
                ComparisonBuilder builder = new ComparisonBuilder(baseSolved, solvedVariants);
                builder.makeConsistent(Deadline.in(crossCheck));
                if (builder.baseShowsAnotherPlan() && options.stayCloseToBase() && !stopped) {
                    solveAgain(builder, baseScenario);
                    builder.makeConsistent(Deadline.in(crossCheck));
                }
                Comparison comparison = builder.build(Deadline.in(crossCheck));
                listener.onFinished(comparison, stopped);
                result.complete(comparison);
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }

        /**
         * The base came to show a better plan than the one the variants stayed close to: each variant is solved once
         * more, warm-started from it, in half a plan's time; a result as good as what the variant holds replaces it.
         * Otherwise every placement the base changed would show as a move of each variant.
         */
        private void solveAgain(ComparisonBuilder builder, Scenario baseScenario) throws Exception {
            Plan basePlan = builder.basePlan();
            List<ScenarioSolves> again = new ArrayList<>();
            for (ResolvedVariant v : variants) {
                Plan warm = StayCloseToBase.warmStart(basePlan, baseScenario, v.scenario(), lineageChanges(v), true);
                again.add(new ScenarioSolves(v.variant().id(), v.scenario(), warm, 1, solveAgainTime(), true));
            }
            solveAll(again);
            for (int i = 0; i < again.size(); i++) {
                builder.offerSolvedAgain(i, again.get(i).best());
            }
        }

        private Duration solveAgainTime() {
            Duration half = options.timePerPlan().dividedBy(2);
            return half.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : half;
        }

        /**
         * Every seed of every plan, up to {@code parallelism} at once: first seeds first, so a plan proven optimal by
         * its first seed is known before its second would start.
         */
        private void solveAll(List<ScenarioSolves> plans) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), r -> {
                Thread t = new Thread(r, "compare-solve");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                int most = plans.stream().mapToInt(ScenarioSolves::seeds).max().orElse(1);
                for (int index = 0; index < most; index++) {
                    int seedIndex = index;
                    for (ScenarioSolves plan : plans.stream().filter(p -> seedIndex < p.seeds()).toList()) {
                        futures.add(pool.submit(() -> {
                            solveSeed(plan, seedIndex);
                            return null;
                        }));
                    }
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private void solveSeed(ScenarioSolves plan, int index) throws InterruptedException {
            if (!plan.worthSolving(index, stopped)) {
                if (plan.skipped()) {
                    planFinished(plan);
                }
                return;
            }
            SeedSolve seed = new SeedSolve(plan.planId(), index, plan.seeds(), options.seedOf(index), plan.again());
            SolveRequest request = SolvePolicy.request(plan.scenario(), plan.warmStart(), plan.timeLimit(), seed.seed());
            SolveOutcome[] outcome = {SolveOutcome.COMPLETED};
            SolveJob job = solverService.start(request, new SolveListener() {
                @Override
                public void onProgress(SolveProgress progress) {
                    listener.onProgress(seed, progress);
                }

                @Override
                public void onBestPlan(Plan best) {
                }

                @Override
                public void onFinished(Plan finished, SolveOutcome how, @Nullable Throwable error) {
                    outcome[0] = how;
                }
            });
            solving.add(job);
            plan.started(job);
            if (stopped) {
                job.stop();
            }
            try {
                Plan solved = job.awaitPlan();
                if (plan.finished(job, seed.seed(), solved, outcome[0])) {
                    planFinished(plan);
                }
            } finally {
                solving.remove(job);
            }
        }

        private void planFinished(ScenarioSolves plan) {
            listener.onPlanFinished(plan.planId(), plan.best(), plan.outcome(), plan.seedRuns().size());
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
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("comparing variants failed: " + cause.getMessage(), cause);
            }
        }
    }
}
