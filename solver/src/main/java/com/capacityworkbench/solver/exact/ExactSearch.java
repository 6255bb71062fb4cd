package com.capacityworkbench.solver.exact;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.domain.PlacementSolutionCloner;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.move.MakeRoomMoves;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The exact search, a phase of the solve: OR-Tools' CP-SAT places work level by level of the score
 * ({@link LevelByLevel}). A plan small enough is solved whole first, which proves each level optimal when it
 * finishes in time; otherwise, or when the whole program does not finish, slices of the plan are solved again
 * one after another (a large-neighbourhood search, {@link SliceChooser}) until the solve ends. Every result
 * is checked against the plan's own score before it is kept, so the search never makes the plan worse.
 */
public final class ExactSearch implements PhaseCommand<PlacementSolution> {

    /**
     * Count variables (shard groups × their pools) up to which the whole plan is tried as one program: the purchase
     * cases of 100 workloads and 30 offers have 2,900–3,200, and whole their unplaced level is proven in seconds where
     * slices left it 6 % short (docs/benchmarks.md, runs R).
     */
    static final int WHOLE_PROGRAM_VARIABLES = 6_000;

    /** CP-SAT workers of the whole program and the big slices on a plan that may buy ({@link Budget#workers}). */
    static final int PURCHASE_WORKERS = 2;

    /**
     * In a deterministic budget, the local search's moves per slice after it, and the most slices: a slice takes
     * about as long as ten thousand moves on a mid-size plan (the generated 500×30×12's 150,000-move test took
     * 200 s with one slice per thousand moves, about 20 without slices).
     */
    private static final long MOVES_PER_SLICE = 10_000;
    private static final int MOST_SLICES = 100;

    /** Shards in the first small slice; {@link SliceChooser} adapts the size from there. */
    private static final int FIRST_SLICE_SHARDS = 60;

    /**
     * Count variables of the big slices that polish first refusal and the levels below with the unplaced level
     * held group by group: the whole plan up to this size (the generated 500×30×12 has about 9,400), a part of
     * it above.
     */
    static final int BIG_SLICE_VARIABLES = 20_000;

    /**
     * On a plan that may buy, the share of the slices' time spent on small slices that search every level (unplaced
     * demand first); the rest goes to big slices that polish the levels below it, which find the purchase cases' large
     * savings (a block less, a shorter term: docs/benchmarks.md, runs T). A level improved late moves every level below
     * it, so the polish comes last. A placement-only plan spends all of it on small slices: on the generated 500×30×12
     * and 2000×100×12 the whole-plan polish found nothing in the last half of a 60 s solve, and small slices instead
     * ended lexicographically better in 8 of 8 solves, with cost over seeds 1.9 % and 1.5 % apart instead of 5.1 % and
     * 3.6 % (runs AA).
     */
    private static final double SMALL_SLICE_SHARE_BUYING = 0.3;

    /**
     * On a placement-only plan that fits one big slice, the share of the slices' time at the end in which the small
     * slices hold the unplaced level group by group and search first refusal and the levels below: a level improved
     * late moves every level below it, and searched to the end the unplaced level left the dollars wherever its last
     * change put them. On the generated 500×30×12, seeds 1–10, half the time so spent ended with less unplaced demand
     * than the slices searching every level to the end in 8 of 10 seeds, the cost level 2.7 % apart over seeds
     * instead of 5.0 % and the total cost 3.8 % instead of 6.2 % (docs/benchmarks.md, runs AB).
     */
    private static final double HELD_SHARE_PLACING = 0.5;

    /**
     * The same share on a larger plan, whose unplaced level needs more of the time: on the generated 2000×100×12, seeds
     * 1–6, 0.3 ended with less unplaced demand than none in 5 of 6 seeds, half in 3 of 6 (runs AB).
     */
    private static final double HELD_SHARE_PLACING_LARGE = 0.3;

    /**
     * Share of the time left that each level of a whole plan's polish may take: the first searched (first refusal
     * in strict mode, else the dollars) up to this, the next the rest.
     */
    private static final double POLISH_LEVEL_SHARE = 0.6;

    /**
     * How the search spends its time.
     *
     * @param deadlineNanos        the solve's end ({@link System#nanoTime()}); the phase also ends when the solve
     *                             is stopped or reaches its other limits
     * @param wholeSecondsPerLevel each level's wall-clock limit when the whole plan is one program
     * @param deterministic        limit every CP-SAT search in deterministic time instead of seconds, and the slices
     *                             by number, so that a solve limited by moves rather than seconds is reproducible
     * @param slices               in a deterministic budget, how many slices (small and big) to solve
     * @param cores                the cores the solve may use now (asked before each search)
     */
    public record Budget(long deadlineNanos, double wholeSecondsPerLevel, boolean deterministic, int slices,
            IntSupplier cores) {

        /**
         * A solve's budget: the whole program may take a quarter of the solve per level (more in a wall-clock budget:
         * {@link #wholeProgram}); with a move limit (tests,
         * reproducible runs) every limit is deterministic, one slice per {@link #MOVES_PER_SLICE} moves.
         */
        public static Budget of(long startNanos, java.time.Duration timeLimit, @Nullable Long moveCountLimit,
                IntSupplier cores) {
            return new Budget(startNanos + timeLimit.toNanos(), timeLimit.toNanos() / 4e9, moveCountLimit != null,
                    moveCountLimit == null ? Integer.MAX_VALUE
                            : (int) Math.min(MOST_SLICES, moveCountLimit / MOVES_PER_SLICE), cores);
        }

        /** A search's limits per level: wall-clock seconds, or in a deterministic budget CP-SAT's deterministic time. */
        LevelByLevel.Limits perLevel(double seconds, double deterministicTime, int seed, PlacementSolution plan) {
            return new LevelByLevel.Limits(deterministic ? Double.MAX_VALUE : seconds, deterministic ? deterministicTime : 0,
                    deadlineNanos, seed, workers(plan));
        }

        /**
         * The whole program's limits: {@link #wholeSecondsPerLevel} per level, ending at the first level left unproven.
         * In a wall-clock budget a level may also take {@link #WHOLE_LEVEL_SHARE_OF_TIME_LEFT} of the time left: every
         * level on a placement-only plan, whose second core races it by two seeds ({@link SeedRace}); on a plan that
         * may buy, the unplaced level alone. No other phase runs beside the whole program, so that core was idle. On a
         * machine 1.7 times slower than the one the quarter was set on, frontier-2027 at the default 30 s proved first
         * refusal and the dollars in time for some seeds only (the total cost 2.7 % apart over seeds 1–5 once, 0.06 %
         * once); raced alone 1.15 % and 0.15 %, raced with half the time left 0.000 % in four sets, every seed at the
         * proven optimum (docs/benchmarks.md, runs AQ). On the same machine buy-100x30's unplaced level, on two workers,
         * needed 7.4–7.6 s: stopped at its quarter it was left unproven, and seed 3 ended with 2.3–3.9 % more demand
         * unplaced than its optimum in 4 of 6 runs; with half the time left, in 0 of 15 (runs AR). The levels below keep
         * their quarter there, as the local search's share of the solve is fixed: given half the time left too, they
         * ended seed 1 up to 15 % dearer (runs AR; runs AK: a longer whole program did not help the purchases).
         */
        LevelByLevel.Limits wholeProgram(int seed, PlacementSolution plan) {
            LevelByLevel.Limits limits = perLevel(wholeSecondsPerLevel, WHOLE_DETERMINISTIC, seed, plan)
                    .stoppingBelowUnproven();
            if (deterministic) {
                return limits;
            }
            if (mayBuy(plan)) {
                return limits.takingUpTo(TimeShare.unplacedLevel(WHOLE_LEVEL_SHARE_OF_TIME_LEFT));
            }
            LevelByLevel.Limits longer = limits.takingUpTo(TimeShare.everyLevel(WHOLE_LEVEL_SHARE_OF_TIME_LEFT));
            return cores.getAsInt() >= 2 ? longer.racingTwoSeeds() : longer;
        }

        /**
         * CP-SAT workers of the whole program and the big slices, which run while no other phase does: on a plan that
         * may buy, {@link #PURCHASE_WORKERS} (up to the cores the solve may use), else one; one in a deterministic
         * budget, as several are not reproducible. Two workers add CP-SAT's neighbourhood searches beside its
         * LP-guided one, which one worker never runs: replayed on the same purchase programs, the last polish then
         * improved in 9 of 9 tries where one worker found nothing in 4, and over whole solves of six purchase cases two
         * workers did better on three, worse on one (docs/benchmarks.md, runs V and W). Placement alone was not
         * measured with more, so it keeps one.
         */
        int workers(PlacementSolution plan) {
            if (deterministic || !mayBuy(plan)) {
                return 1;
            }
            return Math.clamp(cores.getAsInt(), 1, PURCHASE_WORKERS);
        }
    }

    /**
     * Share of the time left that a level of a whole program may take when that is more than its quarter of the solve
     * (on a plan that may buy, the unplaced level alone: {@link Budget#wholeProgram}): the levels a proof has already
     * passed leave their time to the next (runs AQ and AR).
     */
    private static final double WHOLE_LEVEL_SHARE_OF_TIME_LEFT = 0.5;

    /**
     * Deterministic time per level of a whole program, in a deterministic budget: frontier-2027's levels need up to
     * about 6.5, depending on the seed (runs AQ).
     */
    private static final double WHOLE_DETERMINISTIC = 20;
    /** Deterministic time per level of a small slice: a few tenths of a second on this kind of machine. */
    private static final double SMALL_SLICE_DETERMINISTIC = 0.5;
    /**
     * When a small slice's level search that has stopped improving ends, on a placement-only plan in a wall-clock
     * budget: after 0.3 s without a better solution, once that is half its time so far. Its limit is about a second,
     * and on the generated 500×30×12 a third of the searches that ran to it never improved their start. With this stop,
     * three sets of seeds 1–10 ended with a lower cost level (median $11.51–11.52B against $11.55–11.56B) and less
     * unplaced demand (median 2,114,654–2,114,737 against 2,115,428–2,115,498), and the 2000×100×12's total cost was
     * 2.6–2.7 % apart over seeds 1–6 instead of 7.1–7.8 % (docs/benchmarks.md, runs AN). Not on plans that may buy,
     * whose slices were tuned without it, nor in a deterministic budget, which must be reproducible.
     */
    private static final QuietStop SMALL_SLICE_QUIET = new QuietStop(0.3, 0.5);
    /** Deterministic time per level of a big slice, in a deterministic budget. */
    private static final double BIG_SLICE_DETERMINISTIC = 10;

    /** What a phase of the exact search solves. */
    private enum Scope {
        /** The whole plan as one program, when it is small enough; proves levels optimal. */
        WHOLE_PLAN,
        /** Slices of the plan, one after another, until the solve ends. */
        SLICES
    }

    private final Scope scope;
    private final Budget budget;
    private final long seed;
    private final ExactSearchListener listener;

    private ExactSearch(Scope scope, Budget budget, long seed, ExactSearchListener listener) {
        this.scope = scope;
        this.budget = budget;
        this.seed = seed;
        this.listener = listener;
    }

    /** A phase that solves the whole plan as one program when it is small enough, and does nothing otherwise. */
    public static ExactSearch wholePlan(Budget budget, long seed, ExactSearchListener listener) {
        return new ExactSearch(Scope.WHOLE_PLAN, budget, seed, listener);
    }

    /** A phase that solves slices of the plan until the solve ends (from the best plan found so far). */
    public static ExactSearch slices(Budget budget, long seed, ExactSearchListener listener) {
        return new ExactSearch(Scope.SLICES, budget, seed, listener);
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<PlacementSolution> context) {
        CpSatLibrary.load();
        PlacementSolution solution = context.getWorkingSolution();
        PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable =
                MakeRoomMoves.poolVariable(context.getSolutionMetaModel());
        BooleanSupplier stop = () -> context.isPhaseTerminated() || System.nanoTime() >= budget.deadlineNanos();
        returnToBest(context, poolVariable);
        Step step = new Step(context, poolVariable, RuleWeights.of(solution.getConstraintWeightOverrides()), stop);
        try {
            Slice whole = Slice.whole(solution);
            if (whole.groups().isEmpty()) {
                return;
            }
            if (scope == Scope.SLICES) {
                searchSlices(step, stop, whole, new SliceChooser(solution, FIRST_SLICE_SHARDS), new SplittableRandom(seed));
            } else if (whole.variables() <= WHOLE_PROGRAM_VARIABLES) {
                // A level it cannot prove is left to the local search and the slices, which go on improving it
                // (on the purchase cases, the time of the levels below went further there: docs/benchmarks.md, runs R).
                LevelByLevel.Result result = step.solve(whole, 0, budget.wholeProgram((int) seed, solution));
                if (step.kept && reportBounds(result, step.score, hasSpendTerms(solution))) {
                    listener.provenOptimal();
                }
            }
        } catch (ProgramOverflow e) {
            // Weights or prices beyond 64-bit sums: the local search's plan stands.
            System.getLogger(ExactSearch.class.getName()).log(System.Logger.Level.INFO,
                    "exact search skipped: " + e.getMessage());
        }
    }

    /**
     * Small slices that search every level, for a share of the time (or of the slices; all of it on a plan that
     * cannot buy, whose last part holds the unplaced level: {@link #HELD_SHARE_PLACING}); then big slices that hold
     * the unplaced level group by group and polish the levels below: a whole plan until the end, a part of a plan
     * too big to be one slice a sixth of the time left at a time.
     *
     * Two small slices out of each other's reach ({@link Footprint}) are solved at the same time, one on each core, on
     * a placement-only plan when the solve may use two cores: the small slices are single-worker searches, so the
     * second core was idle through the rest of the solve (docs/benchmarks.md, runs AB). Not in a deterministic budget,
     * whose slices must come in a reproducible order, nor on a plan that may buy, whose big slices already run two
     * workers and whose split of the time was tuned one slice at a time (runs T and W).
     *
     * In the part that holds the unplaced level, every other slice comes from the linear relaxation of the dollars
     * ({@link RelaxationSlices}): the groups placed otherwise than it spreads them.
     *
     * On the same plans, a small slice's level search that has stopped improving ends early ({@link #SMALL_SLICE_QUIET});
     * on every placement-only plan its unplaced level is searched without CP-SAT's presolve ({@link #smallSliceLimits}).
     *
     * @param whole the whole plan as one slice (its size sets the held share)
     */
    private void searchSlices(Step step, BooleanSupplier stop, Slice whole, SliceChooser chooser, SplittableRandom random) {
        long start = System.nanoTime();
        boolean buying = mayBuy(step.context.getWorkingSolution());
        boolean pairsAllowed = !budget.deterministic() && !buying;
        double smallShare = buying ? SMALL_SLICE_SHARE_BUYING : 1;
        long smallUntil = start + Math.round((budget.deadlineNanos() - start) * smallShare);
        int smallSlices = (int) Math.round(budget.slices() * smallShare);
        double heldShare = buying ? 0
                : whole.variables() <= BIG_SLICE_VARIABLES ? HELD_SHARE_PLACING : HELD_SHARE_PLACING_LARGE;
        long heldFrom = budget.deadlineNanos() - Math.round((budget.deadlineNanos() - start) * heldShare);
        int heldAfter = budget.slices() - (int) Math.round(budget.slices() * heldShare);
        int solved = 0;
        try (RelaxationSlices relaxed = new RelaxationSlices(whole, step.weights)) {
            while (!stop.getAsBoolean() && solved < budget.slices()) {
                boolean small = budget.deterministic() ? solved < smallSlices : System.nanoTime() < smallUntil;
                solved++;
                if (small) {
                    Slice slice = chooser.next(random);
                    if (slice == null) {
                        return;
                    }
                    // The cores are asked before each pair: a solve joined by others gives its second core up.
                    Slice beside = pairsAllowed && budget.cores().getAsInt() >= 2 ? chooser.apartFrom(slice, random) : null;
                    boolean held = budget.deterministic() ? solved > heldAfter : System.nanoTime() >= heldFrom;
                    int firstLevel = held ? LevelByLevel.BELOW_UNPLACED : 0;
                    Slice relaxation = held ? relaxed.next(step.context.getWorkingSolution(), random,
                            (budget.deadlineNanos() - System.nanoTime()) / 1e9) : null;
                    if (relaxation != null) {
                        step.solve(relaxation, firstLevel, smallSliceLimits(random, buying));
                    } else if (beside == null) {
                        chooser.solved(step.solve(slice, firstLevel, smallSliceLimits(random, buying))
                                .everyLevelOptimal());
                    } else {
                        solved++;
                        step.solveBeside(slice, beside, firstLevel, smallSliceLimits(random, buying),
                                smallSliceLimits(random, buying))
                                .forEach(result -> chooser.solved(result.everyLevelOptimal()));
                    }
                } else {
                    Slice slice = chooser.big(step.context.getWorkingSolution(), random, BIG_SLICE_VARIABLES);
                    if (slice == null) {
                        return;
                    }
                    double left = (budget.deadlineNanos() - System.nanoTime()) / 1e9;
                    step.solve(slice, LevelByLevel.BELOW_UNPLACED, budget.perLevel(slice.whole() ? left * POLISH_LEVEL_SHARE : left / 6,
                            BIG_SLICE_DETERMINISTIC, random.nextInt(), step.context.getWorkingSolution()));
                }
            }
        }
    }

    /**
     * A small slice's limits. On a placement-only plan the unplaced level is searched without CP-SAT's presolve, and in
     * a wall-clock budget each level's search also ends once it has gone quiet ({@link #SMALL_SLICE_QUIET}).
     *
     * Without presolve, CP-SAT proves a small slice's unplaced level where presolved it runs to its limit: the 29
     * unplaced-level searches of one 60 s solve of the generated 500×30×12, replayed, 28 proven optimal (1.7 s in all)
     * against 13 (17.6 s), none ending worse; the dollars' searches ended better without it in 3 and worse in 7, so
     * they keep it. In whole solves, less unplaced demand than with presolve on the same seed: 500×30×12, 60 s, three
     * sets of seeds 1–10, in 5–8 of 10 against each of three sets (mean 2,114,959 against 2,115,435), the cost level
     * 0.2 % higher; 2000×100×12, three sets of seeds 1–6, in 33 of 36 (mean 4,829,048 against 4,838,099), first refusal
     * 0.4 % higher. The total cost is no narrower over seeds (docs/benchmarks.md, runs AO). Not on plans that may buy,
     * whose slices were tuned with it: a purchase case's whole program, on two workers, proved its unplaced level in
     * 7.4 s without presolve instead of 1.3 s.
     */
    private LevelByLevel.Limits smallSliceLimits(SplittableRandom random, boolean buying) {
        LevelByLevel.Limits limits = new LevelByLevel.Limits(Double.MAX_VALUE, SMALL_SLICE_DETERMINISTIC,
                budget.deadlineNanos(), random.nextInt(), 1);
        if (buying) {
            return limits;
        }
        LevelByLevel.Limits placing = limits.searchingUnplacedUnpresolved();
        return budget.deterministic() ? placing : placing.endingWhenQuiet(SMALL_SLICE_QUIET);
    }

    /**
     * A local search hands over the plan it was last at, which may be worse than its best (it accepts some
     * worse plans to get out of local optima): start from the best plan found so far instead.
     */
    private void returnToBest(PhaseCommandContext<PlacementSolution> context,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable) {
        PlacementSolution best = listener.bestSoFar();
        PlacementSolution working = context.getWorkingSolution();
        if (best == null || best.getScore() == null || working.getScore() == null
                || best.getScore().compareTo(working.getScore()) <= 0
                || best.getShards().size() != working.getShards().size()) {
            return;
        }
        List<Move<PlacementSolution>> changes = new ArrayList<>();
        for (int i = 0; i < working.getShards().size(); i++) {
            Shard shard = working.getShards().get(i);
            PlacementPool pool = best.getShards().get(i).getPool();
            if (shard.getPool() != pool) {
                changes.add(Moves.change(poolVariable, shard, pool));
            }
        }
        if (!changes.isEmpty()) {
            context.executeAndCalculateScore(Moves.compose(changes));
        }
    }

    /**
     * Tells the listener what a whole program proved about each level of the plan it left: its bound there,
     * moved from the program's units to the score's by the difference between the two on the plan itself.
     *
     * The program does not model spend terms (PurchaseRows), so with them it proves nothing about the dollars or the
     * levels below them: only the levels above are reported.
     *
     * @return every level proven optimal
     */
    private boolean reportBounds(LevelByLevel.Result result, BendableScore plan, boolean spendTerms) {
        boolean aboveOptimal = true;
        for (LevelOutcome outcome : result.levels()) {
            if (spendTerms && outcome.level() >= ScoreLevels.COST) {
                return false;
            }
            long penalty = -plan.softScore(outcome.level());
            listener.bounded(plan, outcome.level(), penalty - (outcome.value() - outcome.bound()), outcome.optimal(),
                    !aboveOptimal);
            aboveOptimal &= outcome.optimal();
        }
        return result.everyLevelOptimal();
    }

    /** The plan has capacity to buy (offers' blocks or build-out steps) among its pools. */
    private static boolean mayBuy(PlacementSolution solution) {
        return solution.getPools().stream().anyMatch(PlacementPool::isBought);
    }

    private static boolean hasSpendTerms(PlacementSolution solution) {
        return !solution.getPolicy().spendLimits().isEmpty();
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

        LevelByLevel.Result solve(Slice slice, int firstLevel, LevelByLevel.Limits limits) {
            PlacementProgram program = PlacementProgram.of(context.getWorkingSolution(), slice, weights);
            return keep(slice, LevelByLevel.solve(program, firstLevel, limits, stop));
        }

        /**
         * Two slices out of each other's reach ({@link Footprint}), both made from the plan as it stands and searched
         * at once, then kept one after the other, each when the plan's score says it is no worse.
         */
        List<LevelByLevel.Result> solveBeside(Slice first, Slice second, int firstLevel, LevelByLevel.Limits firstLimits,
                LevelByLevel.Limits secondLimits) {
            PlacementProgram firstProgram = PlacementProgram.of(context.getWorkingSolution(), first, weights);
            PlacementProgram secondProgram = PlacementProgram.of(context.getWorkingSolution(), second, weights);
            Future<LevelByLevel.Result> besides =
                    BesideThreads.submit(() -> LevelByLevel.solve(secondProgram, firstLevel, secondLimits, stop));
            LevelByLevel.Result firstResult = LevelByLevel.solve(firstProgram, firstLevel, firstLimits, stop);
            Optional<LevelByLevel.Result> secondResult = BesideThreads.await(besides);
            LevelByLevel.Result firstKept = keep(first, firstResult);
            return secondResult.map(result -> List.of(firstKept, keep(second, result))).orElseGet(() -> List.of(firstKept));
        }

        /** Puts a program's solution into the plan when the plan's score says it is no worse. */
        private LevelByLevel.Result keep(Slice slice, LevelByLevel.Result result) {
            PlacementSolution solution = context.getWorkingSolution();
            kept = false;
            if (result.placement() == null) {
                return result;
            }
            Move<PlacementSolution> move = SliceChanges.asMove(SliceChanges.of(slice, result.placement()), poolVariable);
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
