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
import java.util.Random;
import org.junit.jupiter.api.Test;

class MakeRoomTest {

    private static final List<PeriodSlot> Q1_Q2 = List.of(new PeriodSlot(0, Period.quarter(2027, 1)),
            new PeriodSlot(1, Period.quarter(2027, 2)));
    private static final PlacementPolicy POLICY = TestShards.NO_FIRST_REFUSAL;

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

    @Test
    void displacesFirstWhatFreesTheMostShortPeriodsForItsValue() {
        PlacementSite campus = new PlacementSite("campus", new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
        PlacementPool crowded = new PlacementPool("crowded", 0, campus, "lab", new int[] {10, 10});
        Shard gang = shard("pretrain", 6, 800, List.of(crowded), null, List.of(slot(0, 1), slot(1, 2)));
        // 100 for 4 accelerators in both short quarters, against 60 + 60 for the same room from two shards.
        Shard both = shard("both-quarters", 4, 100, List.of(crowded), crowded, List.of(slot(0, 1), slot(1, 2)));
        Shard q1 = shard("q1-batch", 4, 60, List.of(crowded), crowded, List.of(slot(0, 1)));
        Shard q2 = shard("q2-batch", 4, 60, List.of(crowded), crowded, List.of(slot(1, 2)));
        PlacementSolution solution = new PlacementSolution("crowded", List.of(crowded), List.of(campus), POLICY,
                List.of(gang, both, q1, q2), ConstraintWeightOverrides.none());

        MakeRoom room = MakeRoom.plan(solution, gang, crowded, new Random(1));

        assertThat(room.changes()).containsExactly(new MakeRoom.Change(gang, crowded), new MakeRoom.Change(both, null));
        assertThat(room.gain()).isEqualTo(800 - 100);
    }

    @Test
    void fillsWhatADisplacedShardFreesOutsideTheWindowWithUnplacedWork() {
        PlacementSite campus = new PlacementSite("campus", new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE});
        PlacementPool crowded = new PlacementPool("crowded", 0, campus, "lab", new int[] {10, 10, 10});
        Shard gang = shard("pretrain", 8, 800, List.of(crowded), null, List.of(slot(0, 1)));
        Shard serving = shard("serving", 6, 60, List.of(crowded), crowded, List.of(slot(0, 1), slot(1, 2), slot(2, 3)));
        Shard keeper = shard("keeper", 2, 400, List.of(crowded), crowded, List.of(slot(0, 1), slot(1, 2), slot(2, 3)));
        Shard later = shard("later-finetune", 6, 300, List.of(crowded), null, List.of(slot(1, 2), slot(2, 3)));
        Shard tooBig = shard("too-big", 9, 900, List.of(crowded), null, List.of(slot(2, 3)));
        PlacementSolution solution = new PlacementSolution("crowded", List.of(crowded), List.of(campus), POLICY,
                List.of(gang, serving, keeper, later, tooBig), ConstraintWeightOverrides.none());

        MakeRoom room = MakeRoom.plan(solution, gang, crowded, new Random(1));

        assertThat(room.changes()).containsExactly(new MakeRoom.Change(gang, crowded),
                new MakeRoom.Change(serving, null), new MakeRoom.Change(later, crowded));
        assertThat(room.gain()).as("800 placed, 60 displaced, 300 put in the room serving left")
                .isEqualTo(800 - 60 + 300);
    }

    @Test
    void aMoveThatLeavesMoreUnplacedHasANegativeGain() {
        Shard small = shard("small-batch", 4, 40, List.of(big), null);
        Shard serving = shard("serving", 8, 500, List.of(big), big);

        MakeRoom room = MakeRoom.plan(solution(small, serving), small, big, new Random(1));

        assertThat(room.changes()).containsExactly(new MakeRoom.Change(small, big), new MakeRoom.Change(serving, null));
        assertThat(room.gain()).isEqualTo(40 - 500);
    }

    @Test
    void freesPowerBySendingAwayAShardOfAnotherPoolOnTheSameSite() {
        PlacementSite powered = new PlacementSite("powered-campus", new long[] {1_000, 1_000});
        PlacementPool east = new PlacementPool("east-hall", 0, powered, "lab", new int[] {10, 10});
        PlacementPool west = new PlacementPool("west-hall", 1, powered, "lab", new int[] {10, 10});
        Shard gang = poweredShard("pretrain", 5, 800, east, null);
        Shard onWest = poweredShard("west-batch", 6, 60, west, west);
        PlacementSolution solution = new PlacementSolution("powered", List.of(east, west), List.of(powered), POLICY,
                List.of(gang, onWest), ConstraintWeightOverrides.none());

        MakeRoom room = MakeRoom.plan(solution, gang, east, new Random(1));

        assertThat(room.changes()).as("east has the accelerators, the site lacks 100 W")
                .containsExactly(new MakeRoom.Change(gang, east), new MakeRoom.Change(onWest, null));
        assertThat(room.gain()).isEqualTo(800 - 60);
    }

    @Test
    void theBestWayToMakeRoomIsTheOneThatSavesTheMostUnplacedDemand() {
        // The gang fits on the spare pool by displacing a 40 shard, on the big one by displacing a 500 one;
        // the small job fits on the big pool by displacing nothing.
        Shard gang = shard("pretrain", 4, 800, List.of(big, spare), null);
        Shard small = shard("small-finetune", 2, 100, List.of(big), null);
        Shard onSpare = shard("spare-batch", 4, 40, List.of(spare), spare);
        Shard serving = shard("serving", 8, 500, List.of(big), big);
        WorkingPlan view = WorkingPlan.of(solution(gang, small, onSpare, serving));

        MakeRoom gangBest = MakeRoom.bestAmong(view, List.of(gang), new Random(1));
        MakeRoom best = MakeRoom.bestAmong(view, List.of(small, gang), new Random(1));

        assertThat(gangBest.changes()).containsExactly(new MakeRoom.Change(gang, spare),
                new MakeRoom.Change(onSpare, null));
        assertThat(gangBest.gain()).isEqualTo(800 - 40);
        assertThat(best.changes()).as("760 saved beats the small job's 100").isEqualTo(gangBest.changes());
        assertThat(MakeRoom.bestAmong(view, List.of(onSpare), new Random(1))).as("nowhere else to go").isNull();
    }

    /** A shard drawing 100 W per accelerator, allowed only on {@code only}. */
    private static Shard poweredShard(String workload, int accelerators, long unplacedWeight, PlacementPool only,
            PlacementPool on) {
        return TestShards.shard(workload, accelerators, 100, unplacedWeight, List.of(only), on, Q1_Q2);
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
        return TestShards.shard(workload, accelerators, unplacedWeight, range, on, slots);
    }

    private PlacementSolution solution(Shard... shards) {
        return new PlacementSolution("make room", List.of(big, spare), List.of(site), POLICY, List.of(shards),
                ConstraintWeightOverrides.none());
    }
}
