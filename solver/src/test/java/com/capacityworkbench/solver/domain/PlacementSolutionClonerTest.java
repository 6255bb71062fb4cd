package com.capacityworkbench.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.solver.build.SolutionBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementSolutionClonerTest {

    private final PlacementSolution original = SolutionBuilder.build(
            ScenarioGenerator.generate(new ScenarioGenerator.Settings(30, 10, 4, 3)));

    @Test
    void copiesEveryShardWithItsPoolAndPinAndSharesTheFacts() {
        Shard first = original.getShards().get(0);
        first.setPool(first.getPoolRange().get(0));
        first.setPinned(true);
        original.setScore(BendableScore.of(new long[] {-1}, new long[] {-2, -3, -4, -5, -6}));

        PlacementSolution clone = new PlacementSolutionCloner().cloneSolution(original);

        assertThat(clone.getShards()).hasSameSizeAs(original.getShards());
        for (int i = 0; i < clone.getShards().size(); i++) {
            Shard copy = clone.getShards().get(i);
            Shard source = original.getShards().get(i);
            assertThat(copy).isNotSameAs(source);
            assertThat(copy.getId()).isEqualTo(source.getId());
            assertThat(copy.getPool()).isSameAs(source.getPool());
            assertThat(copy.isPinned()).isEqualTo(source.isPinned());
            assertThat(copy.getPoolRange()).isSameAs(source.getPoolRange());
            assertThat(copy.getUnplacedWeight()).isEqualTo(source.getUnplacedWeight());
            assertThat(copy.getTightness()).isEqualTo(source.getTightness());
        }
        assertThat(clone.getShards().get(0).option()).isSameAs(first.option());
        assertThat(clone.getPools()).isSameAs(original.getPools());
        assertThat(clone.getPolicy()).isSameAs(original.getPolicy());
        assertThat(clone.getConstraintWeightOverrides()).isSameAs(original.getConstraintWeightOverrides());
        assertThat(clone.getScore()).isEqualTo(original.getScore());
    }

    @Test
    void aMoveOnTheWorkingPlanLeavesTheCloneAlone() {
        Shard working = original.getShards().get(1);
        List<PlacementPool> range = working.getPoolRange();
        working.setPool(range.get(0));
        PlacementSolution clone = new PlacementSolutionCloner().cloneSolution(original);

        working.setPool(null);
        clone.getShards().add(clone.getShards().get(0).copy());

        assertThat(clone.getShards().get(1).getPool()).isSameAs(range.get(0));
        assertThat(original.getShards()).hasSize(clone.getShards().size() - 1);
    }
}
