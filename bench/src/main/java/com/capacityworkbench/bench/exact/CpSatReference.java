package com.capacityworkbench.bench.exact;

import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.model.plan.Assignment;
import com.google.ortools.Loader;
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
 * CP-SAT's proven lower bound.
 */
public final class CpSatReference {

    /** @param perLevel time for each soft level; @param workers CP-SAT search workers */
    public record Limits(Duration perLevel, int workers, long seed) {
    }

    private CpSatReference() {
    }

    public static ExactResult solve(PlacementProblem problem, Limits limits, List<Assignment> startPlan) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        ExactModel exact = new ExactModel(problem);
        Map<String, String> incumbent = new HashMap<>();
        for (Assignment a : startPlan) {
            if (a.pool() != null) {
                incumbent.put(a.workload() + "#" + a.shard(), a.pool());
            }
        }
        List<LevelOutcome> outcomes = new ArrayList<>();
        CpSolver last = null;
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
                    .setLogSearchProgress(false);
            CpSolverStatus status = solver.solve(exact.model());
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                throw new IllegalStateException("CP-SAT ended the " + level.label() + " level with status " + status
                        + " after " + limits.perLevel().toSeconds() + " s\n"
                        + "Maybe give it more time (--exact-limit): the start plan should always be a solution.");
            }
            long value = Math.round(solver.objectiveValue());
            // Every coefficient of every level is a penalty ≥ 0, so 0 is always a bound (CP-SAT may report a weaker one).
            long bound = Math.max(0, (long) Math.ceil(solver.bestObjectiveBound() - 1e-6));
            boolean proven = status == CpSolverStatus.OPTIMAL || value == bound;
            incumbent = exact.solution(solver);
            last = solver;
            outcomes.add(new LevelOutcome(level, value, Math.min(bound, value), proven, !allAboveProven,
                    (System.nanoTime() - levelStart) / 1e9));
            // Hold this level where it is (optimal, or the plan found) while the next ones are optimised.
            exact.model().addLessOrEqual(objective, value);
            allAboveProven &= proven;
        }
        return new ExactResult(exact.assignments(incumbent), finalValues(exact, last, outcomes),
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Each level's value in the final plan: a level that was not proven optimal may still improve while a
     * later level is optimised (it is only held no worse), so the plan's values are read at the end.
     */
    private static List<LevelOutcome> finalValues(ExactModel exact, CpSolver last, List<LevelOutcome> outcomes) {
        if (last == null) {
            return outcomes;
        }
        List<LevelOutcome> values = new ArrayList<>();
        for (LevelOutcome o : outcomes) {
            long value = exact.hasTerms(o.level()) ? last.value(exact.level(o.level())) : 0;
            values.add(new LevelOutcome(o.level(), value, Math.min(o.bound(), value), o.proven(), o.conditional(), o.seconds()));
        }
        return values;
    }
}
