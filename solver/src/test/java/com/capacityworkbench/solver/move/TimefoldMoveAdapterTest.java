package com.capacityworkbench.solver.move;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.score.PlacementConstraints;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Pins what RandomMoveFactory, the one adapter onto Timefold's impl packages, relies on in the Timefold version of
 * the build: a move iterator factory in a local search is only asked for random moves, its score director is the
 * inner one that yields the solution's metamodel (the adapter casts it), and the working solution it hands over is
 * the one the moves change. A Timefold upgrade that breaks any of these fails here, not in a solve's quality.
 */
class TimefoldMoveAdapterTest {

    private static final List<PeriodSlot> Q1 = List.of(new PeriodSlot(0, Period.quarter(2027, 1)));

    /** What Timefold handed the adapter, step by step. */
    static final List<String> SEEN = new ArrayList<>();

    /** Records each step's call and moves the waiting shard onto the pool, through the adapter's variable. */
    public static final class Recording extends RandomMoveFactory {

        @Override
        Iterator<Move<PlacementSolution>> moves(PlacementSolution working,
                PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable,
                RandomGenerator random) {
            SEEN.add(poolVariable.entity().type().getSimpleName() + "." + poolVariable.name()
                    + " on " + working.getShards().size() + " shards");
            Shard shard = working.getShards().getFirst();
            PlacementPool target = shard.getPool() == null ? shard.getPoolRange().getFirst() : null;
            return drawing(true, () -> new PoolChange(poolVariable, shard, target));
        }
    }

    @Test
    void timefoldAsksTheAdapterForRandomMovesWithTheInnerScoreDirectorsMetamodel() {
        SEEN.clear();
        PlacementSite site = new PlacementSite("campus", new long[] {Long.MAX_VALUE});
        PlacementPool pool = new PlacementPool("pool", 0, site, "lab", new int[] {10});
        Shard waiting = TestShards.shard("waiting", 4, 100, List.of(pool), null, Q1);
        PlacementSolution problem = new PlacementSolution("pin", List.of(pool), List.of(site),
                TestShards.NO_FIRST_REFUSAL, List.of(waiting), ConstraintWeightOverrides.none());
        SolverConfig config = new SolverConfig()
                .withSolutionClass(PlacementSolution.class)
                .withEntityClasses(Shard.class)
                .withConstraintProviderClass(PlacementConstraints.class)
                .withRandomSeed(0L)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(3))
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(Recording.class)));

        PlacementSolution best = SolverFactory.<PlacementSolution>create(config).buildSolver().solve(problem);

        assertThat(SEEN).isNotEmpty().allMatch("Shard.pool on 1 shards"::equals);
        assertThat(best.getShards().getFirst().getPool()).as("the adapter's move was done and kept")
                .extracting(PlacementPool::getId).isEqualTo("pool");
    }
}
