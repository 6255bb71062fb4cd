package com.capacityworkbench.bench.exact;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.exact.CpSatLibrary;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact reference: Google OR-Tools CP-SAT solves the placement lexicographically, one soft level at
 * a time in the score's order, each to optimality or to the time limit, then holds that level at its
 * value (or no worse than the plan found) while solving the next. Each level reports its best value and
 * CP-SAT's proven lower bound (on the unplaced level, the better of it and a MIP of that level alone, see UnplacedBound).
 */
public final class CpSatReference {

    /** @param perLevel time for each soft level; @param workers CP-SAT search workers */
    /**
     * @param perLevel       CP-SAT's time for each soft level
     * @param unplacedBound  the MIP's time for its bound on the unplaced level (big cases need minutes)
     */
    public record Limits(Duration perLevel, Duration unplacedBound, int workers, long seed) {

        /** The same time for every level and for the unplaced level's MIP. */
        public Limits(Duration perLevel, int workers, long seed) {
            this(perLevel, perLevel, workers, seed);
        }
    }

    private CpSatReference() {
    }

    public static ExactResult solve(PlacementProblem problem, Limits limits, List<Assignment> startPlan) {
        CpSatLibrary.load();
        long start = System.nanoTime();
        ExactModel exact = new ExactModel(problem);
        Map<String, String> incumbent = new HashMap<>();
        for (Assignment a : startPlan) {
            if (a.pool() != null) {
                incumbent.put(a.workload() + "#" + a.shard(), a.pool());
            }
        }
        List<LevelOutcome> outcomes = new ArrayList<>();
        boolean objectivesMatch = true;
        boolean allAboveProven = true;
        for (ScoreLevel level : ScoreLevel.values()) {
            long levelStart = System.nanoTime();
            if (!exact.hasTerms(level)) {
                outcomes.add(new LevelOutcome(level, 0, 0, true, false, 0));
                continue;
            }
            LinearExpr objective = exact.level(level);
            exact.model().clearObjective();
            exact.model().minimize(objective);
            exact.hint(incumbent);
            CpSolver solver = new CpSolver();
            solver.getParameters()
                    .setMaxTimeInSeconds(limits.perLevel().toMillis() / 1000.0)
                    .setNumWorkers(limits.workers())
                    .setRandomSeed((int) limits.seed())
                    // The full LP relaxation: the capacity and power rows are knapsacks whose bounds come from it.
                    .setLinearizationLevel(2)
                    .setLogSearchProgress(Boolean.getBoolean("bench.cpsat.log"));
            CpSolverStatus status = solver.solve(exact.model());
            boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
            if (!solved && status != CpSolverStatus.UNKNOWN) {
                throw new IllegalStateException("CP-SAT ended the " + level.label() + " level with status " + status
                        + "\nMaybe the model is wrong: leaving every shard unplaced is always a solution.");
            }
            // The best plan known so far satisfies every level held so far; CP-SAT's replaces it only if better
            // here (on a big case in a short limit it may find none, or a worse one).
            long value = valueOf(problem, exact, incumbent, level);
            if (solved) {
                // The returned plan's own value: on a FEASIBLE end with several workers, CP-SAT's reported
                // objective was seen above the value of the solution it returned.
                long found = solver.value(objective);
                Map<String, String> plan = exact.solution(solver);
                objectivesMatch &= found == valueOf(problem, exact, plan, level);
                if (found < value) {
                    incumbent = plan;
                    value = found;
                }
            }
            double reported = solver.bestObjectiveBound();
            // Every coefficient of every level is a penalty ≥ 0, so 0 is always a bound (CP-SAT may report a weaker one).
            long bound = Double.isFinite(reported) ? Math.max(0, (long) Math.ceil(reported - 1e-6)) : 0;
            if (level == ScoreLevel.UNPLACED) {
                bound = Math.max(bound, UnplacedBound.of(problem, limits.unplacedBound()));
            }
            boolean proven = status == CpSolverStatus.OPTIMAL || value <= bound;
            outcomes.add(new LevelOutcome(level, value, Math.min(bound, value), proven, !allAboveProven,
                    (System.nanoTime() - levelStart) / 1e9));
            // Hold this level where it is (optimal, or the best plan found) while the next ones are optimised.
            exact.model().addLessOrEqual(objective, value);
            allAboveProven &= proven;
        }
        return new ExactResult(exact.assignments(incumbent), finalValues(problem, exact, incumbent, outcomes),
                objectivesMatch, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Each level's value in the final plan: a level that was not proven optimal may still improve while a
     * later level is optimised (it is only held no worse), so the plan's values are read at the end.
     */
    private static List<LevelOutcome> finalValues(PlacementProblem problem, ExactModel exact,
            Map<String, String> incumbent, List<LevelOutcome> outcomes) {
        BendableScore score = PlanEvaluator.score(problem.scenario(), exact.assignments(incumbent));
        List<LevelOutcome> values = new ArrayList<>();
        for (LevelOutcome o : outcomes) {
            long value = -score.softScore(o.level().softIndex());
            values.add(new LevelOutcome(o.level(), value, Math.min(o.bound(), value), o.proven(), o.conditional(), o.seconds()));
        }
        return values;
    }

    /** A level's penalty in a plan CP-SAT did not produce, counted by the plan evaluator (the same figures). */
    private static long valueOf(PlacementProblem problem, ExactModel exact, Map<String, String> plan, ScoreLevel level) {
        return -PlanEvaluator.score(problem.scenario(), exact.assignments(plan)).softScore(level.softIndex());
    }
}
