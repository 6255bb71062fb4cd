package com.capacityworkbench.solver.service;

import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.score.PlacementConstraints;

/**
 * The solver's configuration. The greedy best-first placement of the
 * {@link com.capacityworkbench.solver.build.SolutionBuilder} is the construction (shards it could not
 * place stay unplaced, which the variable allows, so no construction phase is needed); local search then
 * runs change and swap moves. Ruin-and-recreate moves escaped local optima on small scenarios but cost a
 * construction run over every shard each, which at 15,000 shards cut the move rate tenfold.
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
                // Reproducible like the default, without its phase-end assertions (they rebuild value-range caches).
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                        .withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig())));
    }
}
