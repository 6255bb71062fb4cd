package com.capacityworkbench.solver.service;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.score.PlacementConstraints;

/**
 * The solver's configuration: the biggest, most important shards first onto the best pool
 * (first fit decreasing), then local search with the default change and swap moves.
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
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig());
    }
}
