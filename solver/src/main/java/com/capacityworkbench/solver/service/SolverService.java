package com.capacityworkbench.solver.service;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.build.SolutionAssignments;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.exact.ExactSearchListener;
import com.capacityworkbench.solver.move.FirstRefusalRepair;
import com.capacityworkbench.solver.move.StrandedDemandRepair;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import com.capacityworkbench.model.ScenarioIndex;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Solves scenarios in the background for the GUI and the command line: each job builds its problem,
 * runs Timefold with the request's seed and limits, reports progress and the newest best plan twice a
 * second (evaluating every improvement would take CPU from the solver), and ends with a fully evaluated
 * plan.
 */
public final class SolverService implements AutoCloseable {

    private static final long PROGRESS_EVERY_MS = 500;
    /** The solver gets at least this long even when building the problem took the whole limit. */
    private static final long MIN_SOLVER_NANOS = 200_000_000;
    /** Before the first plan is evaluated: 5,000 × 300 pairs took 1–2.4 s to evaluate in full (docs/benchmarks.md). */
    private static final long PRIOR_NANOS_PER_PAIR = 1_000;
    private static final long PRIOR_NANOS_PER_PAIR_REASONS = 400;
    private static final int MEASURED_EVALUATIONS = 2;

    private final ExecutorService jobs = Executors.newCachedThreadPool(daemon("solve-job"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("solve-progress"));
    private final Set<Job> running = ConcurrentHashMap.newKeySet();
    private final MemoryWatch memory = new MemoryWatch(this::memoryNearlyFull);

    /**
     * @throws IllegalStateException when the service is closed (the solve is not counted as running)
     */
    public SolveJob start(SolveRequest request, SolveListener listener) {
        Job job = new Job(request, listener);
        running.add(job);
        SolveCores.started();
        try {
            job.progressTask = ticker.scheduleWithFixedDelay(job::tick, PROGRESS_EVERY_MS, PROGRESS_EVERY_MS,
                    TimeUnit.MILLISECONDS);
            jobs.submit(job::run);
        } catch (RejectedExecutionException e) {
            job.release();
            throw new IllegalStateException("the solver service is closed: no new solve can start", e);
        }
        return job;
    }

    /** The heap is nearly full after a collection: every solve stops and keeps its best plan. */
    void memoryNearlyFull() {
        running.forEach(Job::memoryShort);
    }

    @Override
    public void close() {
        memory.close();
        running.forEach(Job::stop);
        // Not shutdownNow: a ticker task may be in Timefold's terminateEarly (after a proof of optimality), waiting
        // for the solve to end; interrupted, Timefold logs a stack trace for a solve that ended well.
        ticker.shutdown();
        jobs.shutdown();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private final class Job implements SolveJob, ExactSearchListener {

        private final SolveRequest request;
        private final SolveListener listener;
        private final CompletableFuture<Plan> result = new CompletableFuture<>();
        private final long startNanos;
        private volatile boolean stopRequested;
        private volatile boolean done;
        private volatile boolean searching = true;
        private volatile @Nullable SolverJob<PlacementSolution> solverJob;
        private volatile @Nullable BendableScore bestScore;
        private volatile @Nullable PlacementSolution pendingBest;
        /** The newest best plan (a copy), for the exact search to start from. */
        private volatile @Nullable PlacementSolution bestSoFar;
        private final ScenarioIndex lookup;
        private final QualityTracker quality;
        /** The exact search proved the plan optimal on every level: the solve ended there, complete. */
        private volatile boolean provenOptimal;
        /** The request's unimproved limit ended the solve. */
        private volatile boolean unimproved;
        /** The search was ended to leave the final evaluation its time. */
        private volatile boolean finishing;
        /** The memory watch stopped the solve. */
        private volatile boolean memoryShort;
        private volatile java.util.concurrent.@Nullable ScheduledFuture<?> progressTask;

        Job(SolveRequest request, SolveListener listener) {
            this.request = request;
            this.startNanos = request.startNanos();
            this.listener = listener;
            this.lookup = ScenarioIndex.of(request.scenario());
            this.quality = new QualityTracker(request.scenario());
        }

        @Override
        public void stop() {
            stopRequested = true;
            SolverJob<PlacementSolution> j = solverJob;
            if (j != null) {
                j.terminateEarly();
            }
        }

        /** Stops like {@link #stop()}, from the memory watch's thread, and says why. */
        void memoryShort() {
            if (!memoryShort) {
                memoryShort = true;
                stopRequested = true;
                ticker.execute(this::stop);
            }
        }

        @Override
        public boolean isRunning() {
            return searching && !done;
        }

        @Override
        public Plan awaitPlan() throws InterruptedException {
            try {
                return result.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the solve failed: " + e.getCause().getMessage(), e.getCause());
            }
        }

        void run() {
            Scenario scenario = request.scenario();
            PlacementSolution problem = null;
            try {
                problem = SolutionBuilder.buildForConstruction(scenario, request.warmStart(), request.purchaseBudgetUsd());
                boolean construct = PlacementSolverConfig.fitsConstruction(problem);
                if (!construct) {
                    SolutionBuilder.placeGreedily(problem);
                }
                if (stopRequested) {
                    finish(plan(problem), outcome(), null);
                    return;
                }
                // The limit counts from the request: what building the problem took is no longer the solver's.
                SolveRequest solverPart = request.forSolverFromNow(Duration.ofMillis(Math.max(MIN_SOLVER_NANOS,
                        request.deadlineNanos() - System.nanoTime()) / 1_000_000)); // Timefold takes milliseconds
                SolverFactory<PlacementSolution> factory = SolverFactory.create(PlacementSolverConfig.of(solverPart,
                        construct, PlacementSolverConfig.ExactPhases.of(request, startNanos, this)));
                PlacementSolution best;
                try (SolverManager<PlacementSolution> manager = SolverManager.create(factory)) {
                    SolverJob<PlacementSolution> j = manager.solveBuilder()
                            .withProblemId(1L)
                            .withProblem(problem)
                            .withBestSolutionEventConsumer(event -> onBest(event.solution()))
                            .run();
                    solverJob = j;
                    if (stopRequested) {
                        j.terminateEarly();
                    }
                    if (stopRequested || provenOptimal) {
                        j.terminateEarly();
                    }
                    best = j.getFinalBestSolution();
                    searching = false;
                }
                // Strict mode: no first-refusal shard may end off the primary where the primary has room for it.
                if (FirstRefusalRepair.apply(best) > 0) {
                    SolutionManager.create(factory).update(best);
                    quality.best(best.getScore(), seconds());
                }
                // The search's own structures are garbage now; what the final evaluation builds may take their room.
                OldGenerationSweep.sweep();
                // Split workloads: demand equal shards left unplaced goes where the pools have room.
                List<Assignment> rows = SolutionAssignments.of(best, lookup);
                List<Assignment> fitted = StrandedDemandRepair.apply(best, rows, new PlacementCalculator(lookup));
                Plan plan = PlanEvaluator.evaluate(scenario, fitted);
                if (fitted != rows) {
                    quality.reshaped(BendableScore.parseScore(plan.score()));
                }
                reportProgress();
                finish(plan.withQuality(quality.quality(seconds(), request.randomSeed())), outcome(), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(problem, e);
            } catch (ExecutionException e) {
                fail(problem, e.getCause());
            } catch (RuntimeException | Error e) {
                fail(problem, e);
            }
        }

        /**
         * After a plan that took t to evaluate, the next waits at least this many t: on a large problem
         * (a second per plan at 15,000 shards) the listener then takes at most a fifth of a core from the
         * solver, which on two cores is the difference that matters.
         */
        private static final int DELIVERY_PAUSE_FACTOR = 4;
        private long lastDeliveryNanos;
        /** How long the latest full evaluation of a delivered plan took; 0 before the first. */
        private long finalEvaluationNanos;
        private int fullEvaluations;
        private long lastDeliveryEndNanos;

        /** Keeps the newest best solution; the ticker turns it into a plan at most twice a second. */
        private void onBest(PlacementSolution solution) {
            bestScore = solution.getScore();
            if (bestScore != null) {
                quality.best(bestScore, seconds());
            }
            pendingBest = solution;
            bestSoFar = solution;
        }

        @Override
        public @Nullable PlacementSolution bestSoFar() {
            return bestSoFar;
        }

        @Override
        public void improved(PlacementSolution plan) {
            onBest(plan);
        }

        @Override
        public void bounded(BendableScore plan, int softLevel, long bound, boolean proven, boolean conditional) {
            quality.bounded(plan, softLevel, bound, proven, conditional);
        }

        @Override
        public void provenOptimal() {
            provenOptimal = true;
            // Not on the solver's own thread: Timefold's terminateEarly waits for the solve to end.
            ticker.execute(() -> {
                SolverJob<PlacementSolution> j = solverJob;
                if (j != null) {
                    j.terminateEarly();
                }
            });
        }

        private double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        private void deliverBest() {
            PlacementSolution solution = pendingBest;
            // Once the search ends the final plan is being explained: an evaluation beside it only delays it.
            if (solution == null || result.isDone() || finishing || !searching
                    || System.nanoTime() - lastDeliveryEndNanos < DELIVERY_PAUSE_FACTOR * lastDeliveryNanos) {
                return;
            }
            pendingBest = null;
            long start = System.nanoTime();
            // The first plans are explained as the final one will be: that measures what finishing costs. Two, as
            // the first runs cold (5,000 workloads: 11.6 s, then 3.8 s).
            boolean measure = fullEvaluations < MEASURED_EVALUATIONS;
            listener.onBestPlan(PlanEvaluator.evaluate(request.scenario(), SolutionAssignments.of(solution, lookup),
                    measure ? PlanEvaluator.detailFor(request.scenario()) : PlanEvaluator.Detail.LIGHT));
            lastDeliveryEndNanos = System.nanoTime();
            lastDeliveryNanos = lastDeliveryEndNanos - start;
            if (measure) {
                fullEvaluations++;
                finalEvaluationNanos = Math.max(1, lastDeliveryNanos);
            }
        }

        /**
         * What evaluating the final plan will take: measured on the first plans (whose unplaced work, explained pool
         * by pool, is the most the solve will have), or before that, guessed from the workload × pool pairs.
         */
        private long finishingNanos() {
            Scenario scenario = request.scenario();
            long pairs = (long) scenario.workloads().size() * scenario.pools().size();
            // The largest plans list no candidate pools (PlanEvaluator.Detail.REASONS): 20,000 × 1,000 explains in
            // 3 s warm, 9 s cold, against the 20 s a guess per pair of the fuller plans gave (runs P).
            long prior = pairs * (PlanEvaluator.detailFor(scenario) == PlanEvaluator.Detail.REASONS
                    ? PRIOR_NANOS_PER_PAIR_REASONS : PRIOR_NANOS_PER_PAIR);
            // A plan evaluated while the search runs shares the cores with it, and the first runs cold: the final
            // one, alone and warm, takes less, so the measure is capped by the guess.
            long expected = finalEvaluationNanos > 0 ? Math.min(finalEvaluationNanos, prior) : prior;
            return expected + expected / 2;
        }

        private Plan plan(PlacementSolution solution) {
            return PlanEvaluator.evaluate(request.scenario(), SolutionAssignments.of(solution, lookup));
        }

        private SolveOutcome outcome() {
            if (memoryShort) {
                return SolveOutcome.MEMORY_SHORT;
            }
            return stopRequested && !provenOptimal ? SolveOutcome.STOPPED : SolveOutcome.COMPLETED;
        }

        /** Ends with the best plan found before the failure (or the starting plan), explained as far as memory allows. */
        private void fail(@Nullable PlacementSolution problem, Throwable failure) {
            Throwable error = outOfMemoryOr(failure);
            PlacementSolution best = bestSoFar != null ? bestSoFar : problem;
            Plan plan;
            try {
                // With nothing placed, or with the heap spent, the light evaluation is all there is room for.
                PlanEvaluator.Detail detail = best == null || error instanceof OutOfMemoryError
                        ? PlanEvaluator.Detail.LIGHT : PlanEvaluator.detailFor(request.scenario());
                plan = PlanEvaluator.evaluate(request.scenario(),
                        best == null ? List.of() : SolutionAssignments.of(best, lookup), detail);
            } catch (RuntimeException | OutOfMemoryError e) {
                error.addSuppressed(e);
                plan = new Plan(request.scenario().name(), "", List.of(), emptyKpis(), List.of(), List.of(), null);
            }
            finish(plan, SolveOutcome.FAILED, error);
        }

        /** No more progress reports, and no longer counted among the running solves (once, whoever calls first). */
        private void release() {
            var task = progressTask;
            if (task != null) {
                task.cancel(false);
            }
            if (running.remove(this)) {
                SolveCores.finished();
            }
        }

        private void finish(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
            release();
            done = true;
            try {
                listener.onFinished(plan, outcome, error);
            } finally {
                if (outcome == SolveOutcome.FAILED && error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(plan);
                }
            }
        }

        /** Progress and the newest best plan; a listener that throws must not stop the ticks. */
        void tick() {
            try {
                endInTimeToFinish();
                endWhenUnimproved();
                reportProgress();
                deliverBest();
            } catch (RuntimeException e) {
                System.getLogger(SolverService.class.getName()).log(System.Logger.Level.WARNING,
                        "a solve listener failed: " + e.getMessage(), e);
            }
        }

        /**
         * Ends the search early enough for the final evaluation to finish by the deadline ({@link #finishingNanos}):
         * on 5,000 workloads about two seconds, on the samples a few milliseconds.
         */
        private void endInTimeToFinish() {
            SolverJob<PlacementSolution> j = solverJob;
            if (j == null || finishing) {
                return;
            }
            long finishNanos = finishingNanos() + PROGRESS_EVERY_MS * 1_000_000;
            if (System.nanoTime() + finishNanos >= request.deadlineNanos()) {
                finishing = true;
                j.terminateEarly();
            }
        }

        /** The request's unimproved limit: no better plan for that long ends the solve, complete. */
        private void endWhenUnimproved() {
            Duration limit = request.unimprovedLimit();
            SolverJob<PlacementSolution> j = solverJob;
            if (limit != null && j != null && bestScore != null && !unimproved
                    && seconds() - quality.lastImprovementAt() >= limit.toNanos() / 1e9) {
                unimproved = true;
                j.terminateEarly();
            }
        }

        void reportProgress() {
            SolverJob<PlacementSolution> j = solverJob;
            if (j == null || result.isDone()) {
                return;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            long moves = j.getMoveEvaluationCount();
            long solvingMillis = Math.max(1, j.getSolvingDuration().toMillis());
            BendableScore score = bestScore;
            listener.onProgress(new SolveProgress(elapsed, quality.levels(), moves * 1000 / solvingMillis,
                    score != null && score.isFeasible()));
        }
    }

    private static com.capacityworkbench.model.plan.Kpis emptyKpis() {
        return new com.capacityworkbench.model.plan.Kpis(0, java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
                List.of(), List.of(), List.of(), List.of(), 0, 0, 0, 0, 0, java.util.Map.of(), 0, 0, 0);
    }

    /**
     * The heap running out, where the failure carries it as a cause, else the failure. Timefold reports an error of
     * its solver thread wrapped in its own exception ("Solving failed for problemId"), and a heap that ran out must
     * still read as one: the light evaluation for the last plan, exit 4 and its message on the command line.
     */
    static Throwable outOfMemoryOr(Throwable failure) {
        int depth = 0;
        for (@Nullable Throwable t = failure; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) {
                return t;
            }
        }
        return failure;
    }
}
