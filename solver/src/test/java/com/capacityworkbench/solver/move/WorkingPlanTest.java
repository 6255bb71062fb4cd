package com.capacityworkbench.solver.move;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingPlanTest {

    private static final List<PeriodSlot> Q1 = List.of(new PeriodSlot(0, Period.quarter(2027, 1)));
    private static final PlacementPolicy POLICY = TestShards.NO_FIRST_REFUSAL;

    private final PlacementSite site = new PlacementSite("campus", new long[] {Long.MAX_VALUE});
    private final PlacementPool east = new PlacementPool("east", 0, site, "lab", new int[] {10});
    private final PlacementPool west = new PlacementPool("west", 1, site, "lab", new int[] {10});

    private final Shard big = shard("big", 8, 800, east);
    private final Shard small = shard("small", 4, 40, null);
    private final Shard pinned = TestShards.pinned(shard("pinned", 1, 10, west));
    private final PlacementSolution solution = new PlacementSolution("view", List.of(east, west), List.of(site), POLICY,
            List.of(big, small, pinned), ConstraintWeightOverrides.none());

    @Test
    void showsTheRoomTheShardsOnEachPoolAndTheUnplacedMostValuableFirst() {
        WorkingPlan view = WorkingPlan.of(solution);

        assertThat(view.on(east)).containsExactly(big);
        assertThat(view.on(west)).containsExactly(pinned);
        assertThat(view.movable()).containsExactly(big, small);
        assertThat(view.unplaced()).containsExactly(small);
        assertThat(view.room().fits(small, east)).as("8 of 10 taken").isFalse();
        assertThat(view.room().fits(small, west)).isTrue();
    }

    @Test
    void followsThePlanAfterShardsMove() {
        WorkingPlan view = WorkingPlan.of(solution);
        view.unplaced();

        big.setPool(null);
        small.setPool(east);
        WorkingPlan followed = WorkingPlan.following(view, solution);

        assertThat(followed).isSameAs(view);
        assertThat(followed.on(east)).containsExactly(small);
        assertThat(followed.unplaced()).containsExactly(big);
        assertThat(followed.room().fits(big, east)).as("4 of 10 taken").isFalse();
        assertThat(followed.room().fits(big, west)).isTrue();
    }

    @Test
    void startsAgainForAnotherSolution() {
        WorkingPlan view = WorkingPlan.of(solution);
        PlacementSolution other = new PlacementSolution("other", List.of(east, west), List.of(site), POLICY,
                List.of(small), ConstraintWeightOverrides.none());

        assertThat(WorkingPlan.following(view, other)).isNotSameAs(view).satisfies(fresh ->
                assertThat(fresh.unplaced()).containsExactly(small));
    }

    @Test
    void aCopyOfTheRoomLeavesTheViewAsItWas() {
        WorkingPlan view = WorkingPlan.of(solution);

        view.room().take(small, west);

        assertThat(view.room().fits(small, west)).isTrue();
        assertThat(view.room().fits(shard("nine", 9, 1, null), west)).as("only the pinned shard's 1 taken").isTrue();
    }

    private Shard shard(String workload, int accelerators, long unplacedWeight, PlacementPool on) {
        return TestShards.shard(workload, accelerators, unplacedWeight, List.of(east, west), on, Q1);
    }
}
