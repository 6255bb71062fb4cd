package com.capacityworkbench.solver.move;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MakeRoomTest {

    private static final List<PeriodSlot> Q1_Q2 = List.of(new PeriodSlot(0, Period.quarter(2027, 1)),
            new PeriodSlot(1, Period.quarter(2027, 2)));
    private static final PlacementPolicy POLICY = new PlacementPolicy(FirstRefusalMode.OFF, 100);

    private final PlacementSite site = new PlacementSite("campus", new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
    private final PlacementPool big = new PlacementPool("big-pool", 0, site, "lab", new int[] {10, 10});
    private final PlacementPool spare = new PlacementPool("spare-pool", 1, site, "lab", new int[] {4, 4});

    @Test
    void displacesTheLeastImportantShardsInTheWayAndMovesThemWhereThereIsRoom() {
        Shard gang = shard("pretrain", 8, 800, List.of(big), null);
        Shard batchA = shard("batch-a", 4, 40, List.of(big, spare), big);
        Shard batchB = shard("batch-b", 4, 40, List.of(big, spare), big);
        Shard serving = shard("serving", 2, 500, List.of(big), big);

        MakeRoom room = MakeRoom.plan(solution(gang, batchA, batchB, serving), gang, big, new Random(1));

        assertThat(room).isNotNull();
        assertThat(room.changes().getFirst()).isEqualTo(new MakeRoom.Change(gang, big));
        assertThat(room.changes()).hasSize(3)
                .as("the serving shard is worth more per accelerator and stays").noneMatch(c -> c.shard() == serving);
        assertThat(room.changes().subList(1, 3)).extracting(MakeRoom.Change::pool)
                .as("one batch shard fits on the spare pool, the other is left unplaced")
                .containsExactlyInAnyOrder(spare, null);
    }

    @Test
    void displacesNothingWhenThePoolHasRoom() {
        Shard gang = shard("pretrain", 6, 800, List.of(big), null);
        Shard serving = shard("serving", 2, 500, List.of(big), big);

        MakeRoom room = MakeRoom.plan(solution(gang, serving), gang, big, new Random(1));

        assertThat(room.changes()).containsExactly(new MakeRoom.Change(gang, big));
    }

    @Test
    void givesUpWhenPinnedShardsAreInTheWay() {
        Shard gang = shard("pretrain", 8, 800, List.of(big), null);
        Shard pinned = shard("pinned-batch", 4, 40, List.of(big), big);
        pinned.setPinned(true);

        assertThat(MakeRoom.plan(solution(gang, pinned), gang, big, new Random(1))).isNull();
    }

    @Test
    void leavesAloneAShardThatOnlyRunsWhereTheShardIsNotShort() {
        PlacementSite campus = new PlacementSite("campus", new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE});
        // Full in Q3, which the new shard does not run in.
        PlacementPool crowded = new PlacementPool("crowded", 0, campus, "lab", new int[] {10, 10, 10});
        List<PeriodSlot> q1q2 = List.of(slot(0, 1), slot(1, 2));
        Shard gang = shard("pretrain", 8, 800, List.of(crowded), null, q1q2);
        Shard early = shard("early-batch", 4, 40, List.of(crowded), crowded, List.of(slot(0, 1)));
        Shard late = shard("late-batch", 2, 10, List.of(crowded), crowded, List.of(slot(1, 2), slot(2, 3)));
        Shard pinned = shard("pinned-q3", 8, 500, List.of(crowded), crowded, List.of(slot(2, 3)));
        pinned.setPinned(true);
        PlacementSolution solution = new PlacementSolution("crowded", List.of(crowded), List.of(campus), POLICY,
                List.of(gang, early, late, pinned), ConstraintWeightOverrides.none());

        MakeRoom room = MakeRoom.plan(solution, gang, crowded, new Random(1));

        assertThat(room.changes()).extracting(MakeRoom.Change::shard)
                .as("late-batch is cheaper, but Q2 has room; only Q1 is short").containsExactly(gang, early);
    }

    private static PeriodSlot slot(int index, int quarter) {
        return new PeriodSlot(index, Period.quarter(2027, quarter));
    }

    private static Shard shard(String workload, int accelerators, long unplacedWeight, List<PlacementPool> range,
            PlacementPool on) {
        return shard(workload, accelerators, unplacedWeight, range, on, Q1_Q2);
    }

    private static Shard shard(String workload, int accelerators, long unplacedWeight, List<PlacementPool> range,
            PlacementPool on, List<PeriodSlot> slots) {
        PoolOption[] options = new PoolOption[2];
        for (PlacementPool pool : range) {
            options[pool.getIndex()] = new PoolOption(accelerators, 0, Set.of(), 0, 0, 0, 0, false, 0, 0, List.of(), null);
        }
        Shard shard = new Shard(workload, 0, accelerators, 1, false, slots, options, range, POLICY, unplacedWeight, 0);
        shard.setPool(on);
        return shard;
    }

    private PlacementSolution solution(Shard... shards) {
        return new PlacementSolution("make room", List.of(big, spare), List.of(site), POLICY, List.of(shards),
                ConstraintWeightOverrides.none());
    }
}
