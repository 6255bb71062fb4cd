package com.capacityworkbench.solver.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Room;
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
        assertThat(fits(view, small, east)).as("8 of 10 taken").isFalse();
        assertThat(fits(view, small, west)).isTrue();
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
        assertThat(fits(followed, big, east)).as("4 of 10 taken").isFalse();
        assertThat(fits(followed, big, west)).isTrue();
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
    void aClosedTrialOfTheRoomLeavesTheViewAsItWas() {
        WorkingPlan view = WorkingPlan.of(solution);

        try (Room.Trial trial = view.roomTrial()) {
            trial.room().take(small, west);
            trial.room().release(big, east);
            trial.room().add(west, new int[] {0}, 4, 0);
            assertThat(trial.room().fits(shard("nine", 9, 1, null), west)).as("1 + 4 + 4 of 10 taken").isFalse();
            assertThat(trial.room().fits(shard("ten", 10, 1, null), east)).as("east emptied").isTrue();
        }

        assertThat(fits(view, shard("nine", 9, 1, null), west)).as("only the pinned shard's 1 taken").isTrue();
        assertThat(fits(view, small, east)).as("big back: 8 of 10 taken").isFalse();
        assertThat(fits(view, shard("two", 2, 1, null), east)).isTrue();
    }

    @Test
    void oneTrialOfTheRoomAtATime() {
        WorkingPlan view = WorkingPlan.of(solution);

        try (Room.Trial trial = view.roomTrial()) {
            assertThatThrownBy(view::roomTrial).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already open");
        }
        try (Room.Trial again = view.roomTrial()) {
            assertThat(again.room().fits(small, west)).as("a new trial once the first is closed").isTrue();
        }
    }

    private static boolean fits(WorkingPlan view, Shard shard, PlacementPool pool) {
        try (Room.Trial trial = view.roomTrial()) {
            return trial.room().fits(shard, pool);
        }
    }

    private Shard shard(String workload, int accelerators, long unplacedWeight, PlacementPool on) {
        return TestShards.shard(workload, accelerators, unplacedWeight, List.of(east, west), on, Q1);
    }
}
