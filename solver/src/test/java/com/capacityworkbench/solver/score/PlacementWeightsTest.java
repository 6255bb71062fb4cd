package com.capacityworkbench.solver.score;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.testing.Solving;
import org.junit.jupiter.api.Test;

/** The scenario's weights reach the solver's constraints, each within its own level. */
class PlacementWeightsTest {

    private static final SolutionManager<PlacementSolution, BendableScore> MANAGER = SolutionManager.create(
            SolverFactory.create(new SolverConfig().withSolutionClass(PlacementSolution.class).withEntityClasses(Shard.class)
                    .withConstraintProviderClass(PlacementConstraints.class)));

    @Test
    void doublingTheCostWeightDoublesTheCostLevelOnly() throws Exception {
        Scenario tiny = Solving.sample("tiny.json");
        BendableScore base = MANAGER.update(SolutionBuilder.build(tiny));
        Scenario costly = withWeights(tiny, new ConstraintWeights(1, 1, 2, 1, 1));
        BendableScore doubled = MANAGER.update(SolutionBuilder.build(costly));

        assertThat(doubled.softScore(ScoreLevels.COST)).isEqualTo(2 * base.softScore(ScoreLevels.COST)).isNegative();
        assertThat(doubled.softScore(ScoreLevels.UNPLACED)).isEqualTo(base.softScore(ScoreLevels.UNPLACED));
        assertThat(doubled.softScore(ScoreLevels.FIRST_REFUSAL)).isEqualTo(base.softScore(ScoreLevels.FIRST_REFUSAL));
    }

    @Test
    void aZeroWeightSwitchesARuleOff() throws Exception {
        Scenario tiny = Solving.sample("tiny.json");
        BendableScore score = MANAGER.update(SolutionBuilder.build(withWeights(tiny, new ConstraintWeights(0, 0, 1, 1, 1))));
        assertThat(score.softScore(ScoreLevels.UNPLACED)).isZero();
        assertThat(score.softScore(ScoreLevels.FIRST_REFUSAL)).isZero();
        assertThat(score.softScore(ScoreLevels.COST)).isNegative();
    }

    private static Scenario withWeights(Scenario s, ConstraintWeights weights) {
        return new Scenario(s.name(), s.description(), s.horizon(), s.providers(), s.sites(), s.accelerators(), s.pools(),
                s.datasets(), s.workloads(), s.policies(), weights);
    }
}
