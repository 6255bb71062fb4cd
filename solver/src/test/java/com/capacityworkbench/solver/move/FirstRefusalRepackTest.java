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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FirstRefusalRepackTest {

    private static final List<PeriodSlot> Q1 = List.of(new PeriodSlot(0, Period.quarter(2027, 1)));

    private final PlacementSite site = new PlacementSite("region", new long[] {Long.MAX_VALUE});
    private final PlacementPool primary = new PlacementPool("az-h100", 0, site, "azure", new int[] {10});
    private final PlacementPool other = new PlacementPool("aws-h100", 1, site, "aws", new int[] {10});

    @Test
    void bringsTheFirstRefusalWorkWithTheMostHoursPerAcceleratorOntoThePrimary() {
        // The primary holds a small first-refusal job and batch work; the big job, worth 100 hours per
        // accelerator off the primary against the small one's 25, waits on another cloud.
        Shard big = TestShards.firstRefusal("big", 8, 800, primary, other, other, Q1);
        Shard small = TestShards.firstRefusal("small", 4, 100, primary, other, primary, Q1);
        Shard batch = TestShards.shard("batch", 2, 1, List.of(primary, other), primary, Q1);

        List<MakeRoom.Change> changes = repack(solution(big, small, batch));

        assertThat(changes).containsExactlyInAnyOrder(new MakeRoom.Change(big, primary),
                new MakeRoom.Change(small, other));
    }

    @Test
    void movesNothingWhenThePrimaryAlreadyHoldsTheBestWork() {
        Shard big = TestShards.firstRefusal("big", 8, 800, primary, other, primary, Q1);
        Shard small = TestShards.firstRefusal("small", 4, 100, primary, other, other, Q1);

        assertThat(repack(solution(big, small))).isEmpty();
    }

    @Test
    void keepsNoRepackThatWouldLeavePlacedWorkUnplaced() {
        // The big job would fit on the primary only if the batch work there, which may run nowhere else, left.
        Shard big = TestShards.firstRefusal("big", 8, 800, primary, other, other, Q1);
        Shard batch = TestShards.shard("batch", 4, 1, List.of(primary), primary, Q1);

        assertThat(repack(solution(big, batch))).isEmpty();
    }

    @Test
    void appliesOnlyInStrictMode() {
        Shard batch = TestShards.shard("batch", 2, 1, List.of(primary, other), primary, Q1);

        assertThat(FirstRefusalRepack.applies(solution(batch))).isFalse();
        assertThat(FirstRefusalRepack.applies(new PlacementSolution("strict", List.of(primary, other), List.of(site),
                TestShards.STRICT_FIRST_REFUSAL, List.of(batch), ConstraintWeightOverrides.none()))).isTrue();
    }

    /** The first repack that clears the primary's pool (each pool is cleared half the time). */
    private static List<MakeRoom.Change> repack(PlacementSolution solution) {
        SplittableRandom random = new SplittableRandom(3);
        WorkingPlan view = WorkingPlan.of(solution);
        List<MakeRoom.Change> changes = List.of();
        for (int i = 0; i < 20 && changes.isEmpty(); i++) {
            changes = FirstRefusalRepack.plan(view, FirstRefusalRepack.primaryPools(view), random);
        }
        return changes;
    }

    private PlacementSolution solution(Shard... shards) {
        PlacementSolution solution = new PlacementSolution("repack", List.of(primary, other), List.of(site),
                shards[0].getPolicy(), List.of(shards), ConstraintWeightOverrides.none());
        return solution;
    }
}
