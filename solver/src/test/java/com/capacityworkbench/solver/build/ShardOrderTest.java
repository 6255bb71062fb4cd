package com.capacityworkbench.solver.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.domain.ShardDifficulty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A built solution's shards are ranked hardest-first for cheap sorting, and stay in the scenario's order. */
class ShardOrderTest {

    private static final Scenario SCENARIO = ScenarioGenerator.generate(new ScenarioGenerator.Settings(120, 12, 8, 5));

    /** What ShardDifficulty stands for, written out: the tighter first, then by id. */
    private static final Comparator<Shard> TIGHTNESS_THEN_ID = Comparator.comparingDouble(Shard::getTightness)
            .thenComparing(Shard::getId);

    @Test
    void ranksSortShardsAsTheirTightnessAndIdWould() {
        PlacementSolution solution = SolutionBuilder.build(SCENARIO);
        List<Shard> byRank = new ArrayList<>(solution.getShards());
        byRank.sort(new ShardDifficulty());
        List<Shard> byTightness = new ArrayList<>(solution.getShards());
        byTightness.sort(TIGHTNESS_THEN_ID);

        assertThat(byRank).containsExactlyElementsOf(byTightness);
        assertThat(byRank).extracting(Shard::getDifficultyRank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, byRank.size()).boxed().toList());
        assertThat(byRank).as("hardest first is not the scenario's order here").isNotEqualTo(solution.getShards());
    }

    @Test
    void theSolutionKeepsTheScenariosWorkloadOrder() {
        PlacementSolution solution = SolutionBuilder.build(SCENARIO);

        List<String> workloadsSeen = new ArrayList<>(new LinkedHashSet<>(
                solution.getShards().stream().map(Shard::getWorkload).toList()));
        assertThat(workloadsSeen).isEqualTo(SCENARIO.workloads().stream().map(Workload::id).toList());
    }

    @Test
    void shardsMadeOneByOneFallBackToTightnessAndId() {
        PlacementSolution solution = SolutionBuilder.build(SCENARIO);
        List<Shard> unranked = solution.getShards().stream().map(ShardOrderTest::unrankedTwin).toList();
        List<Shard> sorted = new ArrayList<>(unranked);
        sorted.sort(new ShardDifficulty());

        assertThat(sorted).isSortedAccordingTo(TIGHTNESS_THEN_ID);
        assertThat(sorted).extracting(Shard::getDifficultyRank).containsOnly(0);
    }

    private static Shard unrankedTwin(Shard shard) {
        Shard twin = new Shard(shard.getWorkload(), shard.getShardIndex(), shard.getDemand(), 1, false, List.of(),
                new PoolOption[0], List.of(), null, 0, 0);
        twin.setTightness(shard.getTightness());
        return twin;
    }
}
