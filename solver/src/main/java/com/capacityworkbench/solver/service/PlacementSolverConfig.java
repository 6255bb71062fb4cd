package com.capacityworkbench.solver.service;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import java.time.Duration;
import java.util.ArrayList;
import com.capacityworkbench.solver.purchase.PurchaseTerms;
import java.util.List;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.exact.ExactSearch;
import com.capacityworkbench.solver.exact.ExactSearchListener;
import org.jspecify.annotations.Nullable;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.solver.move.FirstRefusalRepackMoves;
import com.capacityworkbench.solver.move.OfferReleaseMoves;
import com.capacityworkbench.solver.move.MakeRoomDescent;
import com.capacityworkbench.solver.move.MakeRoomMoves;
import com.capacityworkbench.solver.move.RandomChangeMoves;
import com.capacityworkbench.solver.move.RandomSwapMoves;
import com.capacityworkbench.solver.score.PlacementConstraints;

/**
 * The solver's configuration. Small problems (see {@link #CONSTRUCTION_BUDGET}) start with Timefold's
 * first-fit-decreasing construction, hardest shards first ({@link com.capacityworkbench.solver.domain.ShardDifficulty}),
 * every candidate weighed through the whole score. Large ones start from the greedy best-first placement of
 * the {@link com.capacityworkbench.solver.build.SolutionBuilder}, which takes seconds where the full
 * construction would take minutes. Local search then runs change and swap moves of single shards
 * ({@link RandomChangeMoves}, {@link RandomSwapMoves}), and on small problems
 * now and then a make-room move ({@link MakeRoomMoves}) and, unless the plan may buy, a ruin-and-recreate move.
 */
public final class PlacementSolverConfig {

    private PlacementSolverConfig() {
    }

    /**
     * Candidate evaluations a full construction heuristic may cost (the sum of every shard's candidate
     * pools); above it, the greedy start is used instead.
     */
    public static final long CONSTRUCTION_BUDGET = 100_000;

    /**
     * Weight of first-refusal repacks against change 10 and swap 10: frontier-2027 at 10 s, 7 seeds, median
     * +0.41 % above the proven optimum at 1, +0.26 % at 3, +0.26 % (more spread) at 6 (docs/benchmarks.md).
     */
    private static final double REPACK_WEIGHT = 3.0;

    /**
     * Weight of releases of bought capacity against change 10 and swap 10, as make-room moves: on buy-100x30 at 30 s
     * 2, 5 and 10 ended alike; with it (and {@link #LOCAL_SEARCH_SHARE_BUYING}) seed 3 ends 4.3 % above the
     * reference's cost level in the median of 6 runs, against 9.3 % over 17 runs of the builds before
     * (docs/benchmarks.md, runs AH); with releases drawn by idle capacity, 1.3 % over 10 runs, where 4 did no better
     * (runs AI).
     */
    private static final double RELEASE_WEIGHT = 2.0;

    /**
     * Share of the solve that the local search gets before the exact search's slices take over: it makes the
     * many quick gains single moves find, after which slices gain more per second (docs/benchmarks.md). A problem
     * too big for the construction heuristic starts from the greedy plan, and its tens of thousands of moves a
     * second keep gaining on unplaced demand longer, so it gets more.
     */
    private static final double LOCAL_SEARCH_SHARE = 0.25;
    private static final double LOCAL_SEARCH_SHARE_LARGE = 0.6;

    /**
     * The share on a plan that may buy, whose local search releases bought capacity ({@link OfferReleaseMoves}):
     * on buy-100x30 at 30 s, 0.4 ended seed 1 at −2.0 to −2.7 % against the reference in 6 of 6 runs (0.25 with the
     * same moves: −1.6 and −1.4 %) and seed 2 at +1.0 to +1.2 % in 5 of 6 (0.25: +1.8 and +2.6 %); 0.55 no better (docs/benchmarks.md,
     * runs AH).
     */
    private static final double LOCAL_SEARCH_SHARE_BUYING = 0.4;

    private static double localSearchShare(boolean construct, boolean buying) {
        if (!construct) {
            return LOCAL_SEARCH_SHARE_LARGE;
        }
        return buying ? LOCAL_SEARCH_SHARE_BUYING : LOCAL_SEARCH_SHARE;
    }

    /**
     * The solve may buy: the scenario's offers or build-out steps are among its pools, read by the same terms that
     * make the problem's pools bought ({@code PurchasableCapacity} expands them; a plain solve of a scenario with
     * offers leaves them out).
     */
    private static boolean mayBuy(SolveRequest request) {
        return !PurchaseTerms.of(request.scenario()).isEmpty();
    }

    /** Whether a problem is small enough for Timefold's construction heuristic. */
    public static boolean fitsConstruction(PlacementSolution problem) {
        long evaluations = 0;
        for (Shard shard : problem.getShards()) {
            evaluations += shard.getPoolRange().size() + 1;
        }
        return evaluations <= CONSTRUCTION_BUDGET;
    }

    /**
     * @param construct run Timefold's construction heuristic (first fit decreasing over the whole score)
     *                  before local search; without it the problem comes greedily placed
     */
    public static SolverConfig of(SolveRequest request, boolean construct) {
        return of(request, construct, null);
    }

    /** The two phases of the exact search: the whole plan (when small), then slices. */
    public record ExactPhases(ExactSearch wholePlan, ExactSearch slices) {

        public static ExactPhases of(SolveRequest request, long startNanos, ExactSearchListener listener) {
            ExactSearch.Budget budget = ExactSearch.Budget.of(startNanos, request.timeLimit(), request.moveCountLimit(),
                    SolveCores::perSolve);
            return new ExactPhases(ExactSearch.wholePlan(budget, request.randomSeed(), listener),
                    ExactSearch.slices(budget, request.randomSeed(), listener));
        }
    }

    /**
     * @param exact the exact search's phases; null for the local search alone (as tests of the local search's
     *              own moves want it)
     */
    public static SolverConfig of(SolveRequest request, boolean construct, @Nullable ExactPhases exact) {
        // The unimproved limit is the solver service's to keep (SolverService): the exact search improves the plan
        // inside one Timefold step, which Timefold's own unimproved limit would not see.
        TerminationConfig termination = new TerminationConfig().withSpentLimit(request.timeLimit());
        boolean buying = mayBuy(request);
        // Timefold's own change and swap selectors draw the same moves, at a quarter more cost per move
        // (docs/benchmarks.md, "Tuning applied").
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RandomChangeMoves.class)
                        .withFixedProbabilityWeight(10.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RandomSwapMoves.class)
                        .withFixedProbabilityWeight(10.0)));
        if (construct) {
            // Unplacing a few shards and placing them again moves work between pools in ways single changes and
            // swaps cannot (without it eu-sovereign ended 0.97 % over its optimal cost, docs/benchmarks.md run
            // G2). Each costs a construction run, which
            // at 15,000 shards cut the move rate more than tenfold, so large problems go without. So do plans that
            // may buy, whose releases of bought capacity move work off a pool more purposefully: on buy-100x30 at
            // 30 s ruin-and-recreate took half the local search's time, and without it the local search ran 2.5 times
            // as many moves and ended all three seeds within 2 % of the reference in 4 of 8 runs, against 1 of 8
            // (runs AT).
            if (!buying) {
                moves.add(new RuinRecreateMoveSelectorConfig()
                        .withMinimumRuinedCount(2).withMaximumRuinedCount(5).withFixedProbabilityWeight(1.0));
            }
            // Placing a big job by displacing the least important shards in its way (accelerators and site
            // power), then filling the room left: what closed eu-sovereign's 79 % gap to the proven optimum and
            // most of the generated 500x30x12's gap to SCIP's bound (docs/benchmarks.md).
            // Large problems go without: at 5000x300x12 they cut the move rate fivefold for a worse plan.
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(MakeRoomMoves.class)
                    .withFixedProbabilityWeight(2.0));
            // Clearing a pool of the primary's and filling it again with the first-refusal work worth the most
            // hours: the chains of moves between the local search's plans and frontier-2027's proven optimum.
            if (request.scenario().policies().firstRefusal() == FirstRefusalMode.STRICT) {
                moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(FirstRefusalRepackMoves.class)
                        .withFixedProbabilityWeight(REPACK_WEIGHT));
            }
            // Moving the work off a purchase that hardly pays, all of it or enough for a block less, so that a block
            // or the whole offer is no longer bought: no single change or swap gives a block back.
            if (buying) {
                moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(OfferReleaseMoves.class)
                        .withFixedProbabilityWeight(RELEASE_WEIGHT));
            }
        }
        // A move limit ends the local search alone (Timefold counts the moves of the whole solve, the construction's
        // included): on the solver it cut the construction short on larger problems and skipped every phase after
        // the one that reached it, the slices too. The other phases end by themselves, reproducibly (the exact
        // search's limits are deterministic in such a solve).
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectorList(moves))
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(request.moveCountLimit()));
        List<PhaseConfig> phases = new ArrayList<>();
        if (construct) {
            phases.add(new ConstructionHeuristicPhaseConfig()
                    .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING));
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new MakeRoomDescent()));
        }
        if (exact == null) {
            phases.add(localSearch);
        } else {
            // A plan small enough is proven optimal here and the solve ends. Otherwise the local search makes the
            // many quick gains single moves find, and the exact search takes over from its best plan.
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(exact.wholePlan()));
            localSearch.getTerminationConfig().setSpentLimit(Duration.ofMillis(
                    Math.round(request.timeLimit().toMillis() * localSearchShare(construct, buying))));
            phases.add(localSearch);
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(exact.slices()));
        }
        return new SolverConfig()
                .withSolutionClass(PlacementSolution.class)
                .withEntityClasses(Shard.class)
                .withConstraintProviderClass(PlacementConstraints.class)
                .withRandomSeed(request.randomSeed())
                .withTerminationConfig(termination)
                // Reproducible like the default, without its phase-end assertions (they rebuild value-range caches).
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withPhaseList(phases);
    }
}
