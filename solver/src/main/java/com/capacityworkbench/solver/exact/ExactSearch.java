package com.capacityworkbench.solver.exact;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PlacementSolutionCloner;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.move.MakeRoomMoves;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.google.ortools.Loader;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The exact search, a phase of the solve: OR-Tools' CP-SAT places work level by level of the score
 * ({@link LevelByLevel}). A plan small enough is solved whole first, which proves each level optimal when
 * it finishes in time; otherwise, or when the whole program does not finish, slices of the plan are solved
 * again one after another (a large-neighbourhood search) until the solve ends. Every result is checked
 * against the plan's own score before it is kept.
 */
public final class ExactSearch implements PhaseCommand<PlacementSolution> {

    /** Count variables (shards groups × their pools) up to which the whole plan is one program. */
    static final int WHOLE_PROGRAM_VARIABLES = Integer.getInteger("cw.whole", 20_000);
    private static final boolean DEBUG = Boolean.getBoolean("cw.debug");
    private static final double UPPER_LEVEL_SHARE = Double.parseDouble(System.getProperty("cw.upper", "0.3"));
    private static final double DET = Double.parseDouble(System.getProperty("cw.det", "0.5"));

    private final long deadlineNanos;
    private final long seed;
    private final ExactSearchListener listener;

    /**
     * @param deadlineNanos the solve's end ({@link System#nanoTime()}); the phase also ends when the solve is
     *                      stopped
     */
    public ExactSearch(long deadlineNanos, long seed, ExactSearchListener listener) {
        this.deadlineNanos = deadlineNanos;
        this.seed = seed;
        this.listener = listener;
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<PlacementSolution> context) {
        Loader.loadNativeLibraries();
        PlacementSolution solution = context.getWorkingSolution();
        PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable =
                MakeRoomMoves.poolVariable(context.getSolutionMetaModel());
        RuleWeights weights = RuleWeights.of(solution.getConstraintWeightOverrides());
        BooleanSupplier stop = () -> context.isPhaseTerminated() || System.nanoTime() >= deadlineNanos;
        Step step = new Step(context, poolVariable, weights, stop);
        try {
            Slice whole = Slice.whole(solution);
            if (whole.groups().isEmpty()) {
                return;
            }
            if (variables(whole) <= WHOLE_PROGRAM_VARIABLES) {
                double seconds = Math.max(1, (deadlineNanos - System.nanoTime()) / 1e9 / 2);
                LevelByLevel.Result result = step.solve(whole,
                        new LevelByLevel.Limits(seconds, 0, deadlineNanos, (int) seed, 1));
                if (step.kept && reportBounds(result, step.score)) {
                    listener.provenOptimal();
                    return;
                }
            }
            SliceChooser chooser = new SliceChooser(solution, 60);
            SplittableRandom random = new SplittableRandom(seed);
            while (!stop.getAsBoolean()) {
                Slice slice = chooser.next(random);
                if (slice == null) {
                    return;
                }
                long t0 = System.nanoTime();
                int first = random.nextDouble() < UPPER_LEVEL_SHARE ? 0 : LevelByLevel.FIRST_SEARCHABLE_BELOW_HELD;
                LevelByLevel.Result result = step.solve(slice, first,
                        new LevelByLevel.Limits(2, DET, deadlineNanos, random.nextInt(), 1));
                chooser.solved(result.everyLevelOptimal());
                if (DEBUG) {
                    System.err.printf("slice %d shards %d groups from %d, %.0f ms, levels %s, score %s%n", slice.shardCount(),
                            slice.groups().size(), first, (System.nanoTime() - t0) / 1e6,
                            result.levels().stream().map(l -> l.level() + (l.optimal() ? "*" : "?")).toList(), step.score);
                }
            }
        } catch (ProgramOverflow e) {
            // Weights or prices beyond 64-bit sums: the local search carries on alone.
            System.getLogger(ExactSearch.class.getName()).log(System.Logger.Level.INFO,
                    "exact search skipped: " + e.getMessage());
        }
    }

    /**
     * Tells the listener what a whole program proved about each level of the plan it left: its bound there,
     * moved from the program's units to the score's by the difference between the two on the plan itself.
     *
     * @return every level proven optimal
     */
    private boolean reportBounds(LevelByLevel.Result result, BendableScore plan) {
        boolean aboveOptimal = true;
        for (LevelOutcome outcome : result.levels()) {
            long penalty = -plan.softScore(outcome.level());
            listener.bounded(plan, outcome.level(), penalty - (outcome.value() - outcome.bound()), outcome.optimal(),
                    !aboveOptimal);
            aboveOptimal &= outcome.optimal();
        }
        return result.everyLevelOptimal();
    }

    private static long variables(Slice slice) {
        return slice.groups().stream().mapToLong(g -> g.pools().size() + 1L).sum();
    }

    /** One program: built, solved level by level, and kept when the plan's score says it is no worse. */
    private final class Step {

        private final PhaseCommandContext<PlacementSolution> context;
        private final PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable;
        private final RuleWeights weights;
        private final BooleanSupplier stop;
        private @Nullable BendableScore score;
        /** The last program's solution is the plan now (kept, or the plan already was it). */
        private boolean kept;

        Step(PhaseCommandContext<PlacementSolution> context,
                PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RuleWeights weights,
                BooleanSupplier stop) {
            this.context = context;
            this.poolVariable = poolVariable;
            this.weights = weights;
            this.stop = stop;
            this.score = context.getWorkingSolution().getScore();
        }

        LevelByLevel.Result solve(Slice slice, LevelByLevel.Limits limits) {
            return solve(slice, 0, limits);
        }

        LevelByLevel.Result solve(Slice slice, int firstLevel, LevelByLevel.Limits limits) {
            PlacementSolution solution = context.getWorkingSolution();
            PlacementProgram program = PlacementProgram.of(solution, slice, weights);
            LevelByLevel.Result result = LevelByLevel.solve(program, firstLevel, limits, stop);
            kept = false;
            if (result.placement() == null) {
                return result;
            }
            Move<PlacementSolution> move = SliceChanges.of(slice, result.placement(), poolVariable);
            if (move == null) {
                kept = score != null;
                return result;
            }
            BendableScore after = context.executeTemporarilyAndCalculateScore(move);
            // Equal plans are taken too: the next slice then starts from somewhere new.
            kept = score == null || after.compareTo(score) >= 0;
            if (kept) {
                boolean better = score == null || after.compareTo(score) > 0;
                score = context.executeAndCalculateScore(move);
                if (better) {
                    listener.improved(new PlacementSolutionCloner().cloneSolution(solution));
                }
            }
            return result;
        }
    }
}
