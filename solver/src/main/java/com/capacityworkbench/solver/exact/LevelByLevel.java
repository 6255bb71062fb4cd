package com.capacityworkbench.solver.exact;

import com.capacityworkbench.solver.score.ScoreLevels;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Solves a program the way the score ranks plans: each soft level in turn, from the plan as it stands (or
 * the level above's solution), to optimality or to its time limit; then holds that level at the value
 * found while the next is solved. The hold keeps a solution at least as good on every level above, so the
 * result is never worse than the plan it started from (the search still checks it against the score).
 */
final class LevelByLevel {

    /**
     * @param secondsPerLevel   wall-clock limit of each level's search
     * @param deterministicTime limit of each level in CP-SAT's deterministic time (reproducible on any machine);
     *                          0 for none
     * @param deadlineNanos     {@link System#nanoTime()} after which no level starts and the running one stops
     * @param quiet             when a level's search that has stopped improving ends before its limits
     * @param presolveUnplaced  CP-SAT presolves the program before searching the unplaced level (as every other level)
     * @param raced             each level searched by two seeds at once ({@link SeedRace})
     * @param share             how much of the time left a level may take when it starts, where that is more than
     *                          {@code secondsPerLevel}
     */
    record Limits(double secondsPerLevel, double deterministicTime, long deadlineNanos, int seed, int workers,
            boolean stopBelowUnproven, QuietStop quiet, boolean presolveUnplaced, boolean raced, TimeShare share) {

        /** Every level searched to its limits, proven or not. */
        Limits(double secondsPerLevel, double deterministicTime, long deadlineNanos, int seed, int workers) {
            this(secondsPerLevel, deterministicTime, deadlineNanos, seed, workers, false, QuietStop.NEVER, true, false,
                    TimeShare.NONE);
        }

        /**
         * These limits, ending at the first level left unproven: the levels below it would be optimised only given
         * its value in this plan, while the phases that follow still improve it.
         */
        Limits stoppingBelowUnproven() {
            return new Limits(secondsPerLevel, deterministicTime, deadlineNanos, seed, workers, true, quiet,
                    presolveUnplaced, raced, share);
        }

        /** These limits, each level's search also ending once it has gone quiet. */
        Limits endingWhenQuiet(QuietStop stop) {
            return new Limits(secondsPerLevel, deterministicTime, deadlineNanos, seed, workers, stopBelowUnproven, stop,
                    presolveUnplaced, raced, share);
        }

        /** These limits, the unplaced level searched on the program as built, without CP-SAT's presolve. */
        Limits searchingUnplacedUnpresolved() {
            return new Limits(secondsPerLevel, deterministicTime, deadlineNanos, seed, workers, stopBelowUnproven, quiet,
                    false, raced, share);
        }

        /**
         * These limits, each level searched by two single-worker searches with different seeds at once (on a second
         * core), the first proof ending both: not reproducible in which solution stands, so never in a deterministic
         * budget.
         */
        Limits racingTwoSeeds() {
            if (workers != 1 || deterministicTime > 0) {
                throw new IllegalStateException("a race is of two single-worker searches in wall-clock time, not "
                        + workers + " workers with deterministic time " + deterministicTime);
            }
            return new Limits(secondsPerLevel, deterministicTime, deadlineNanos, seed, workers, stopBelowUnproven, quiet,
                    presolveUnplaced, true, share);
        }

        /** These limits, levels also given up to a share of the time left when they start. */
        Limits takingUpTo(TimeShare share) {
            return new Limits(secondsPerLevel, deterministicTime, deadlineNanos, seed, workers, stopBelowUnproven, quiet,
                    presolveUnplaced, raced, share);
        }

        /** Seconds the level starting now may take: never beyond the deadline. */
        double secondsForLevelStartingNow(int level) {
            return share.secondsFor(level, secondsPerLevel, (deadlineNanos - System.nanoTime()) / 1e9);
        }
    }

    /** The first level below the one {@link PlacementProgram#holdUnplacedByGroup()} holds. */
    static final int BELOW_UNPLACED = ScoreLevels.FIRST_REFUSAL;

    /**
     * @param placement the last level's solution; null when not even the first level found one in time
     * @param levels     each level reached, in order (a level nothing in the slice counts on is optimal at 0)
     * @param heldLevels levels above the first searched one, held where the plan had them
     */
    record Result(@Nullable Placement placement, List<LevelOutcome> levels, int heldLevels) {

        /** Every level was reached and proven optimal. */
        boolean everyLevelOptimal() {
            return placement != null && levels.size() == ScoreLevels.SOFT_LEVELS - heldLevels
                    && levels.stream().allMatch(LevelOutcome::optimal);
        }
    }

    private LevelByLevel() {
    }

    /** The search ended with a solution, proven optimal or not. */
    static boolean found(CpSolverStatus status) {
        return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    }

    static Result solve(PlacementProgram program, Limits limits, BooleanSupplier stopRequested) {
        return solve(program, 0, limits, stopRequested);
    }

    /**
     * @param firstLevel 0, or {@link #BELOW_UNPLACED} to hold the unplaced level group by group
     */
    static Result solve(PlacementProgram program, int firstLevel, Limits limits, BooleanSupplier stopRequested) {
        Placement placement = null;
        // The program's hint is the next level's start (the plan as it stands, then the last level's solution): set
        // again only when that start moves, not for every level it carries over unsearched.
        boolean startHinted = false;
        List<LevelOutcome> outcomes = new ArrayList<>();
        if (firstLevel == BELOW_UNPLACED) {
            program.holdUnplacedByGroup();
        } else if (firstLevel != 0) {
            throw new IllegalArgumentException("cannot start at level " + firstLevel + "\n"
                    + "Maybe start at 0 or at the level below the upper ones.");
        }
        for (int level = firstLevel; level < ScoreLevels.SOFT_LEVELS; level++) {
            LinearExpr objective = program.level(level);
            if (objective == null) {
                outcomes.add(new LevelOutcome(level, 0, 0, true));
                continue;
            }
            if (!startHinted) {
                if (placement == null) {
                    program.hintCurrentPlan();
                } else {
                    program.hint(placement);
                }
                startHinted = true;
            }
            if (program.hintedAtZero(objective)) {
                // The start has nothing to gain here: keep it at 0 unsearched. A search would not stop at it: once
                // presolved, the program's bound is no longer its terms' 0, and on the generated 500×30×12 a third of
                // the unplaced level's searches (slices without unplaced work) spent their whole limit, about a second
                // each, failing to prove it (docs/benchmarks.md, runs AM).
                program.model().addLessOrEqual(objective, 0);
                outcomes.add(new LevelOutcome(level, 0, 0, true));
                continue;
            }
            double seconds = limits.secondsForLevelStartingNow(level);
            if (seconds <= 0 || stopRequested.getAsBoolean()) {
                break;
            }
            program.model().clearObjective();
            program.model().minimize(objective);
            CpSolver solver = new CpSolver();
            solver.getParameters()
                    .setMaxTimeInSeconds(seconds)
                    .setNumWorkers(limits.workers())
                    .setRandomSeed(limits.seed())
                    .setLogSearchProgress(false);
            if (level == ScoreLevels.UNPLACED && !limits.presolveUnplaced()) {
                solver.getParameters().setCpModelPresolve(false);
            }
            if (limits.deterministicTime() > 0) {
                solver.getParameters().setMaxDeterministicTime(limits.deterministicTime());
            }
            CpSolverStatus status;
            if (limits.raced()) {
                SeedRace.Winner winner = SeedRace.run(program.model(), solver, objective, stopRequested, limits.quiet());
                solver = winner.solver();
                status = winner.status();
            } else {
                status = SearchStopper.solve(solver, program.model(), stopRequested, limits.quiet());
            }
            if (!found(status)) {
                break;
            }
            placement = program.placement(solver);
            startHinted = false;
            // The returned solution's own value: CP-SAT's reported objective was seen above it when several workers
            // ended on the time limit (the bench's reference, runs of 5 December).
            long value = solver.value(objective);
            long bound = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
            // Every term of a level is a penalty of at least 0, so 0 needs no proof.
            boolean optimal = status == CpSolverStatus.OPTIMAL || value == 0;
            outcomes.add(new LevelOutcome(level, value, optimal ? value : Math.min(bound, value), optimal));
            program.model().addLessOrEqual(objective, value);
            if (!optimal && limits.stopBelowUnproven()) {
                break;
            }
        }
        return new Result(placement, outcomes, firstLevel);
    }
}
