package com.capacityworkbench.solver.move;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OfferReleaseTest {

    private static final PeriodSlot Q1 = new PeriodSlot(0, Period.quarter(2027, 1));
    private static final PeriodSlot Q2 = new PeriodSlot(1, Period.quarter(2027, 2));

    private final PlacementSite site = new PlacementSite("region", new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
    private final PlacementPool owned = new PlacementPool("owned-h100", 0, site, "lab", new int[] {10, 10});
    private final PlacementPool offer = bought("offer-a", 1);
    private final PlacementPool otherOffer = bought("offer-b", 2);

    @Test
    void movesTheWorkOffTheBoughtPoolOntoCapacityWithRoom() {
        Shard first = onOffer("first", 4, Q1);
        Shard second = onOffer("second", 3, Q1);

        assertThat(releases(solution(first, second))).containsOnly(
                Set.of(new MakeRoom.Change(first, owned), new MakeRoom.Change(second, owned)));
    }

    @Test
    void givesBackABlockOrTheWholePool() {
        // Two blocks of 8 for Q2's 9 accelerators: either Q2 shard leaving brings the pool within one block; the Q1
        // shard is within it already and leaves only with the whole pool.
        Shard small = onOffer("small", 2, Q1);
        Shard big = onOffer("big", 5, Q2);
        Shard mid = onOffer("mid", 4, Q2);

        assertThat(releases(solution(small, big, mid))).containsExactlyInAnyOrder(
                Set.of(new MakeRoom.Change(big, owned)),
                Set.of(new MakeRoom.Change(mid, owned)),
                Set.of(new MakeRoom.Change(big, owned), new MakeRoom.Change(mid, owned), new MakeRoom.Change(small, owned)));
    }

    @Test
    void releasesTheWholePoolWhenABlockLessIsBelowTheOffersMinimum() {
        // One block of 8 for Q2's 5: a block less is none, which only the whole pool leaving gives.
        Shard small = onOffer("small", 2, Q1);
        Shard big = onOffer("big", 5, Q2);

        assertThat(releases(solution(small, big))).containsOnly(
                Set.of(new MakeRoom.Change(big, owned), new MakeRoom.Change(small, owned)));
    }

    @Test
    void drawsThePurchaseThatLeavesMostIdleMoreOften() {
        // offer-a pays for 16 accelerator-periods and uses 1; offer-b uses all of its 16.
        Shard idle = onOffer("idle", 1, Q1);
        Shard busy = TestShards.shard("busy", 8, 1, List.of(owned, otherOffer), otherOffer, List.of(Q1, Q2));
        WorkingPlan view = WorkingPlan.of(solution(idle, busy));
        SplittableRandom random = new SplittableRandom(11);
        int idleReleased = 0;
        int busyReleased = 0;
        for (int i = 0; i < 400; i++) {
            List<MakeRoom.Change> changes = OfferRelease.plan(view, List.of(offer, otherOffer), random);
            idleReleased += changes.contains(new MakeRoom.Change(idle, owned)) ? 1 : 0;
            busyReleased += changes.contains(new MakeRoom.Change(busy, owned)) ? 1 : 0;
        }

        // Drawn half the time at random and half by idle share (15 of 16): about 0.72 against 0.28.
        assertThat(idleReleased + busyReleased).isEqualTo(400);
        assertThat(idleReleased).isGreaterThan(2 * busyReleased);
    }

    @Test
    void prefersCapacityPaidForAlreadyToAnotherPurchase() {
        Shard shard = TestShards.shard("batch", 4, 1, List.of(owned, offer, otherOffer), offer, List.of(Q1));

        assertThat(releases(solution(shard))).containsOnly(Set.of(new MakeRoom.Change(shard, owned)));
    }

    @Test
    void buysElsewhereOnlyWhenNothingPaidForHasRoom() {
        Shard shard = TestShards.shard("batch", 4, 1, List.of(owned, offer, otherOffer), offer, List.of(Q1));
        Shard filler = TestShards.shard("filler", 8, 1, List.of(owned), owned, List.of(Q1));

        assertThat(releases(solution(shard, filler))).containsOnly(Set.of(new MakeRoom.Change(shard, otherOffer)));
    }

    @Test
    void releasesNothingWhenTheWorkFitsNowhereElse() {
        Shard shard = onOffer("batch", 4, Q1);
        Shard filler = TestShards.shard("filler", 8, 1, List.of(owned), owned, List.of(Q1));

        assertThat(releases(solution(shard, filler))).containsOnly(Set.of());
    }

    @Test
    void leavesPinnedWorkWhereThePlannerPutIt() {
        Shard pinned = TestShards.pinned(onOffer("pinned", 2, Q1));
        Shard free = onOffer("free", 3, Q1);

        assertThat(releases(solution(pinned, free))).containsOnly(Set.of(new MakeRoom.Change(free, owned)));
        assertThat(releases(solution(pinned))).containsOnly(Set.of());
    }

    @Test
    void leavesCapacityThePlannerHasAlone() {
        Shard shard = TestShards.shard("batch", 4, 1, List.of(owned, offer), owned, List.of(Q1));

        assertThat(releases(solution(shard))).containsOnly(Set.of());
    }

    /** A shard of one period, on offer-a, that the planner's own pool could take too. */
    private Shard onOffer(String workload, int accelerators, PeriodSlot slot) {
        return TestShards.shard(workload, accelerators, 1, List.of(owned, offer), offer, List.of(slot));
    }

    private PlacementPool bought(String id, int index) {
        return new PlacementPool(id, index, site, "azure", new int[] {16, 16}, new OfferTerms(id, 8, 1, 2, 1_000, 0, 2),
                null);
    }

    /** Every release planned over a few draws, each as the set of its changes. */
    private List<Set<MakeRoom.Change>> releases(PlacementSolution solution) {
        SplittableRandom random = new SplittableRandom(7);
        WorkingPlan view = WorkingPlan.of(solution);
        Set<Set<MakeRoom.Change>> seen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            seen.add(Set.copyOf(OfferRelease.plan(view, List.of(offer, otherOffer), random)));
        }
        return List.copyOf(seen);
    }

    private PlacementSolution solution(Shard... shards) {
        return new PlacementSolution("release", List.of(owned, offer, otherOffer), List.of(site),
                shards[0].getPolicy(), List.of(shards), ConstraintWeightOverrides.none());
    }
}
