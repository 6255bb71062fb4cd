package com.capacityworkbench.solver.service;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.score.PlacementConstraints;

/**
 * The solver's configuration: the biggest, most important shards first onto the best pool
 * (first fit decreasing), then local search with change, swap and ruin-and-recreate moves.
 */
public final class PlacementSolverConfig {

    private PlacementSolverConfig() {
    }

    public static SolverConfig of(SolveRequest request) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(request.timeLimit());
        if (request.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(request.unimprovedLimit());
        }
        if (request.moveCountLimit() != null) {
            termination.setMoveCountLimit(request.moveCountLimit());
        }
        return new SolverConfig()
                .withSolutionClass(PlacementSolution.class)
                .withEntityClasses(Shard.class)
                .withConstraintProviderClass(PlacementConstraints.class)
                .withRandomSeed(request.randomSeed())
                .withTerminationConfig(termination)
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING)
                                // Candidate pools come best-first (see SolutionBuilder), so the first pool that
                                // breaks nothing is taken without trying the other few hundred.
                                .withForagerConfig(new ConstructionHeuristicForagerConfig()
                                        .withPickEarlyType(ConstructionHeuristicPickEarlyType.FIRST_NON_DETERIORATING_SCORE)),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(10.0),
                                new SwapMoveSelectorConfig().withFixedProbabilityWeight(10.0),
                                // Unplacing a few shards and placing them again in the best order frees a pool
                                // for a shard that only fits there, which single changes and swaps cannot do.
                                // It costs a construction run per move, so it is picked once in 21.
                                new RuinRecreateMoveSelectorConfig().withMinimumRuinedCount(2).withMaximumRuinedCount(8)
                                        .withFixedProbabilityWeight(1.0))));
    }
}
