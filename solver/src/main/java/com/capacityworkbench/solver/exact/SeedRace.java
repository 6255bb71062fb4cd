package com.capacityworkbench.solver.exact;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * One level's search run twice at once, on the solve's two cores: the same single-worker CP-SAT search with two
 * seeds, one on the program and one on a copy of it. The first to prove the level optimal stops the other; when
 * neither does, the lower value wins (the first search on a tie).
 *
 * How long a single-worker search takes to prove a level depends on its seed far more than on anything else: on
 * frontier-2027's whole program, first refusal took 0.3–5.6 s of CP-SAT's deterministic time over seeds 1–5 and the
 * dollars 1.8–6.5, so the slowest seed needed 22 s to prove both on a machine where the others needed 7.5–15.5. Raced
 * with {@link #SEED_OFFSET}, the two levels took 8.1–12.8 s: the tail is cut, not the median (docs/benchmarks.md,
 * runs AQ).
 *
 * Which search wins depends on timing, but a proven level's value does not; the next level holds that value.
 */
final class SeedRace {

    /** The other search's seed, away from the small seeds the solves themselves are given. */
    static final int SEED_OFFSET = 1_000_003;

    /** The search whose solution stands: read the level's values from its solver. */
    record Winner(CpSolver solver, CpSolverStatus status) {
    }

    private SeedRace() {
    }

    /**
     * @param first a solver configured for the level's search (the other copies its parameters with another seed)
     */
    static Winner run(CpModel model, CpSolver first, LinearExpr objective, BooleanSupplier stopRequested,
            QuietStop quiet) {
        CpSolver second = new CpSolver();
        second.getParameters().mergeFrom(first.getParameters().build())
                .setRandomSeed(first.getParameters().getRandomSeed() + SEED_OFFSET);
        CpModel copy = model.getClone();
        AtomicBoolean firstProved = new AtomicBoolean();
        AtomicBoolean secondProved = new AtomicBoolean();
        Future<CpSolverStatus> besides = BesideThreads.submit(() -> {
            CpSolverStatus status = SearchStopper.solve(second, copy,
                    () -> stopRequested.getAsBoolean() || firstProved.get(), quiet);
            secondProved.set(status == CpSolverStatus.OPTIMAL);
            return status;
        });
        CpSolverStatus firstStatus;
        try {
            firstStatus = SearchStopper.solve(first, model, () -> stopRequested.getAsBoolean() || secondProved.get(),
                    quiet);
        } catch (RuntimeException | Error e) {
            firstProved.set(true);
            throw e;
        }
        // Ended unproven, the first leaves the second to its own limits, which are the same.
        firstProved.set(firstStatus == CpSolverStatus.OPTIMAL);
        CpSolverStatus secondStatus = BesideThreads.await(besides).orElse(CpSolverStatus.UNKNOWN);
        return secondWins(first, firstStatus, second, secondStatus, objective)
                ? new Winner(second, secondStatus) : new Winner(first, firstStatus);
    }

    private static boolean secondWins(CpSolver first, CpSolverStatus firstStatus, CpSolver second,
            CpSolverStatus secondStatus, LinearExpr objective) {
        if (!LevelByLevel.found(secondStatus) || firstStatus == CpSolverStatus.OPTIMAL) {
            return false;
        }
        return !LevelByLevel.found(firstStatus) || secondStatus == CpSolverStatus.OPTIMAL
                || second.value(objective) < first.value(objective);
    }
}
