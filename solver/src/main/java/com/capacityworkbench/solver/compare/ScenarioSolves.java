package com.capacityworkbench.solver.compare;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.compare.SeedRun;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.service.SolveJob;
import com.capacityworkbench.solver.service.SolveOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The solves of one compared scenario, one per seed, each with an equal part of the plan's time. Once one of them
 * proves its plan optimal on every level the others are stopped and not counted, and seeds not started yet are
 * skipped: an optimal plan has no solver noise. Thread-safe: seeds run on the comparison's worker threads.
 */
final class ScenarioSolves {

    /** One seed's finished solve. */
    private record SeedPlan(long seed, Plan plan, SolveOutcome outcome, BendableScore score) {
    }

    private final String planId;
    private final Scenario scenario;
    private final @Nullable Plan warmStart;
    private final int seeds;
    private final Duration timeLimit;
    private final boolean again;
    private final List<SeedPlan> kept = new ArrayList<>();
    private final Set<SolveJob> running = ConcurrentHashMap.newKeySet();
    private int ended;
    private boolean proven;

    /**
     * @param timeLimit each seed's time
     * @param again     a second solve of a variant, from the base's better plan
     */
    ScenarioSolves(String planId, Scenario scenario, @Nullable Plan warmStart, int seeds, Duration timeLimit,
            boolean again) {
        this.planId = planId;
        this.scenario = scenario;
        this.warmStart = warmStart;
        this.seeds = seeds;
        this.timeLimit = timeLimit;
        this.again = again;
    }

    Duration timeLimit() {
        return timeLimit;
    }

    boolean again() {
        return again;
    }

    String planId() {
        return planId;
    }

    Scenario scenario() {
        return scenario;
    }

    @Nullable Plan warmStart() {
        return warmStart;
    }

    int seeds() {
        return seeds;
    }

    /** Whether the {@code index}-th seed is still worth solving; the first always is, so every plan has one. */
    synchronized boolean worthSolving(int index, boolean comparisonStopped) {
        return index == 0 || !(proven || comparisonStopped);
    }

    void started(SolveJob job) {
        running.add(job);
        synchronized (this) {
            if (proven) {
                job.stop();
            }
        }
    }

    /**
     * A seed's solve ended with {@code plan}; returns true when it was the plan's last seed. A plan that a proof
     * of another seed cut short is not kept.
     */
    boolean finished(SolveJob job, long seed, Plan plan, SolveOutcome outcome) {
        running.remove(job);
        boolean provesOptimal = plan.quality() != null && plan.quality().provenOptimal();
        List<SolveJob> toStop = List.of();
        boolean last;
        synchronized (this) {
            if (provesOptimal || !proven) {
                kept.add(new SeedPlan(seed, plan, outcome, BendableScore.parseScore(plan.score())));
            }
            if (provesOptimal && !proven) {
                proven = true;
                toStop = List.copyOf(running);
            }
            last = ++ended == seeds;
        }
        toStop.forEach(SolveJob::stop);
        return last;
    }

    /** A seed that was not solved (the plan was proven optimal, or the comparison stopped); true when it was the last. */
    synchronized boolean skipped() {
        return ++ended == seeds;
    }

    /** The kept plans, best score first (equal scores: lower seed first). */
    private synchronized List<SeedPlan> ranked() {
        List<SeedPlan> ranked = new ArrayList<>(kept);
        ranked.sort(Comparator.comparing(SeedPlan::score, Comparator.reverseOrder()).thenComparingLong(SeedPlan::seed));
        return ranked;
    }

    Plan best() {
        return ranked().getFirst().plan();
    }

    /** Stopped when the best plan's solve was stopped by the planner. */
    SolveOutcome outcome() {
        return ranked().getFirst().outcome();
    }

    List<SeedRun> seedRuns() {
        return ranked().stream()
                .map(s -> new SeedRun(s.seed(), s.plan().score(), s.plan().kpis(), s.plan().quality())).toList();
    }
}
