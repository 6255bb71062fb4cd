package com.capacityworkbench.solver.move;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #21 item 5: in strict mode no first-refusal shard stays off the primary where the primary has room. */
class FirstRefusalRepairTest {

    private static final List<PeriodSlot> Q1 = List.of(new PeriodSlot(0, Period.quarter(2027, 1)));

    private final PlacementSite site = new PlacementSite("region", new long[] {Long.MAX_VALUE});
    private final PlacementPool primary = new PlacementPool("az-h100", 0, site, "azure", new int[] {10});
    private final PlacementPool other = new PlacementPool("aws-h100", 1, site, "aws", new int[] {10});

    @Test
    void movesAShardOffThePrimaryOntoItWhenThePrimaryHasRoom() {
        Shard waiting = TestShards.firstRefusal("serve", 6, 600, primary, other, other, Q1);
        Shard batch = TestShards.shard("batch", 4, 1, List.of(primary, other), primary, Q1);

        assertThat(FirstRefusalRepair.apply(strict(waiting, batch))).isEqualTo(1);

        assertThat(waiting.getPool()).isEqualTo(primary);
        assertThat(batch.getPool()).isEqualTo(primary);
    }

    @Test
    void theShardWithTheMostFirstRefusalHoursGoesFirst() {
        // Room for one of the two: the one worth more hours off the primary takes it.
        Shard small = TestShards.firstRefusal("small", 6, 100, primary, other, other, Q1);
        Shard big = TestShards.firstRefusal("big", 6, 900, primary, other, other, Q1);

        assertThat(FirstRefusalRepair.apply(strict(small, big))).isEqualTo(1);

        assertThat(big.getPool()).isEqualTo(primary);
        assertThat(small.getPool()).isEqualTo(other);
    }

    @Test
    void leavesAShardWhereThePrimaryIsFull() {
        Shard waiting = TestShards.firstRefusal("serve", 6, 600, primary, other, other, Q1);
        Shard batch = TestShards.shard("batch", 5, 1, List.of(primary, other), primary, Q1);

        assertThat(FirstRefusalRepair.apply(strict(waiting, batch))).isZero();

        assertThat(waiting.getPool()).isEqualTo(other);
    }

    @Test
    void leavesPinnedShardsAndOtherModesAlone() {
        Shard pinned = TestShards.pinned(TestShards.firstRefusal("pinned", 2, 600, primary, other, other, Q1));
        assertThat(FirstRefusalRepair.apply(strict(pinned))).isZero();
        assertThat(pinned.getPool()).isEqualTo(other);

        Shard batch = TestShards.shard("batch", 2, 1, List.of(primary, other), other, Q1);
        assertThat(FirstRefusalRepair.apply(new PlacementSolution("off", List.of(primary, other), List.of(site),
                TestShards.NO_FIRST_REFUSAL, List.of(batch), ConstraintWeightOverrides.none()))).isZero();
    }

    private PlacementSolution strict(Shard... shards) {
        return new PlacementSolution("repair", List.of(primary, other), List.of(site), TestShards.STRICT_FIRST_REFUSAL,
                List.of(shards), ConstraintWeightOverrides.none());
    }
}
