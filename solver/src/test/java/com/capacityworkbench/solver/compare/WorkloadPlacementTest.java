package com.capacityworkbench.solver.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A workload's shards are alike: only how many sit on each pool makes a placement. */
class WorkloadPlacementTest {

    private static Assignment shard(int shard, String pool) {
        return new Assignment("chat", shard, 100, pool, null, null, 0, CompareFixture.Q1, CompareFixture.Q4, 0,
                pool == null ? AssignmentStatus.UNPLACED : AssignmentStatus.PLACED, null, false);
    }

    @Test
    void swappingTwoShardsIsNoMoveButShiftingOneIs() {
        List<Assignment> before = List.of(shard(0, "a"), shard(1, "b"), shard(2, "b"));
        List<Assignment> swapped = List.of(shard(0, "b"), shard(1, "a"), shard(2, "b"));
        List<Assignment> shifted = List.of(shard(0, "a"), shard(1, "a"), shard(2, "b"));

        assertThat(PlanRows.samePlacement(before, swapped)).isTrue();
        assertThat(PlanRows.samePlacement(before, shifted)).isFalse();
        assertThat(WorkloadPlacement.of("chat", before).label()).isEqualTo("a + b ×2");
        assertThat(WorkloadPlacement.of("chat", shifted).label()).isEqualTo("a ×2 + b");
    }

    @Test
    void shardsOfOtherSizesOnTheSamePoolsAreAnotherPlacement() {
        List<Assignment> equal = List.of(shard(0, "a"), shard(1, "b"));
        List<Assignment> resized = List.of(sized(0, "a", 150), sized(1, "b", 50));

        assertThat(PlanRows.samePlacement(equal, resized)).isFalse();
        assertThat(PlanRows.samePlacement(resized, List.of(sized(0, "b", 50), sized(1, "a", 150)))).isTrue();
    }

    private static Assignment sized(int shard, String pool, double demand) {
        return new Assignment("chat", shard, demand, pool, null, null, 0, CompareFixture.Q1, CompareFixture.Q4, 0,
                AssignmentStatus.PLACED, null, false);
    }

    @Test
    void aPartlyPlacedWorkloadSaysHowMuchOfItsDemandRuns() {
        WorkloadPlacement partly = WorkloadPlacement.of("chat", List.of(shard(0, "a"), shard(1, null), shard(2, null)));
        assertThat(partly.label()).isEqualTo("a (100 of 300 placed)");
        assertThat(WorkloadPlacement.of("chat", List.of(shard(0, null))).label()).isNull();
    }
}
