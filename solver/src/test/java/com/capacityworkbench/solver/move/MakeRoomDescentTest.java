package com.capacityworkbench.solver.move;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.score.PlacementConstraints;
import com.capacityworkbench.solver.score.ScoreLevels;
import java.util.List;
import org.junit.jupiter.api.Test;

class MakeRoomDescentTest {

    private static final List<PeriodSlot> Q1 = List.of(new PeriodSlot(0, Period.quarter(2027, 1)));
    private static final PlacementPolicy POLICY = TestShards.NO_FIRST_REFUSAL;

    private final PlacementSite site = new PlacementSite("campus", new long[] {Long.MAX_VALUE});
    private final PlacementPool big = new PlacementPool("big-pool", 0, site, "lab", new int[] {10});
    private final PlacementPool spare = new PlacementPool("spare-pool", 1, site, "lab", new int[] {4});

    @Test
    void placesTheMostValuableWorkByMakingRoomUntilNothingMoreCanBePlaced() {
        // Two gang jobs wait; the big pool is full of cheap batch work, the spare pool has room for one batch.
        Shard pretrain = shard("pretrain", 8, 800, List.of(big), null);
        Shard finetune = shard("finetune", 6, 300, List.of(big), null);
        Shard batchA = shard("batch-a", 4, 40, List.of(big, spare), big);
        Shard batchB = shard("batch-b", 4, 40, List.of(big, spare), big);
        Shard serving = shard("serving", 2, 500, List.of(big), big);

        PlacementSolution best = descend(pretrain, finetune, batchA, batchB, serving);

        assertThat(pool(best, "pretrain")).as("800 beats 300 for the same room").isEqualTo("big-pool");
        assertThat(pool(best, "serving")).isEqualTo("big-pool");
        assertThat(pool(best, "finetune")).isNull();
        assertThat(java.util.Arrays.asList(pool(best, "batch-a"), pool(best, "batch-b")))
                .as("one batch shard moved to the spare pool, the other displaced").containsExactlyInAnyOrder("spare-pool", null);
        BendableScore score = SolutionManager.<PlacementSolution, BendableScore>create(SolverFactory.create(config())).update(best);
        assertThat(score.softScore(ScoreLevels.UNPLACED)).isEqualTo(-(300 + 40) * ScoreLevels.WEIGHT_SCALE);
        assertThat(score.hardScore(0)).isZero();
    }

    @Test
    void leavesAPlanAloneWhenMakingRoomWouldLeaveMoreUnplaced() {
        Shard small = shard("small-batch", 4, 40, List.of(big), null);
        Shard serving = shard("serving", 8, 500, List.of(big), big);

        PlacementSolution best = descend(small, serving);

        assertThat(pool(best, "serving")).isEqualTo("big-pool");
        assertThat(pool(best, "small-batch")).isNull();
    }

    private static SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(PlacementSolution.class)
                .withEntityClasses(Shard.class)
                .withConstraintProviderClass(PlacementConstraints.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new MakeRoomDescent()));
    }

    private PlacementSolution descend(Shard... shards) {
        return SolverFactory.<PlacementSolution>create(config()).buildSolver().solve(new PlacementSolution("descent",
                List.of(big, spare), List.of(site), POLICY, List.of(shards), ConstraintWeightOverrides.none()));
    }

    private static String pool(PlacementSolution solution, String workload) {
        Shard shard = solution.getShards().stream().filter(s -> s.getWorkload().equals(workload)).findFirst().orElseThrow();
        return shard.getPool() == null ? null : shard.getPool().getId();
    }

    private static Shard shard(String workload, int accelerators, long unplacedWeight, List<PlacementPool> range,
            PlacementPool on) {
        return TestShards.shard(workload, accelerators, unplacedWeight, range, on, Q1);
    }
}
