package com.capacityworkbench.solver.score;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.testing.RandomScenarios;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The collectors that keep running totals (per-slot load, charges paid once, hours per provider) undo
 * exactly what they added: in full-assert mode Timefold recalculates the score from scratch after every
 * move and fails the solve on any difference from the incremental one.
 */
class IncrementalScoreTest {

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void incrementalScoreMatchesAFreshCalculationAfterEveryMove(long seed) {
        Scenario scenario = RandomScenarios.generate(seed, 25, 10, 6);
        SolverConfig config = PlacementSolverConfig.of(
                new SolveRequest(scenario, null, Duration.ofMinutes(1), null, 1_500L, seed), true)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);

        PlacementSolution solved = SolverFactory.<PlacementSolution>create(config).buildSolver()
                .solve(SolutionBuilder.build(scenario));

        assertThat(solved.getScore()).isNotNull();
        assertThat(solved.getShards()).anyMatch(shard -> shard.isPlaced());
    }
}
