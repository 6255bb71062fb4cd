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
        Shard first = TestShards.shard("first", 4, 1, List.of(owned, offer), offer, List.of(Q1));
        Shard second = TestShards.shard("second", 3, 1, List.of(owned, offer), offer, List.of(Q1));

        assertThat(releases(solution(first, second))).containsOnly(
                Set.of(new MakeRoom.Change(first, owned), new MakeRoom.Change(second, owned)));
    }

    @Test
    void givesBackTheBusiestPeriodAloneOrTheWholePool() {
        // The pool's busiest period is Q2, where only the big shard runs: a block less needs only it to leave.
        Shard small = TestShards.shard("small", 2, 1, List.of(owned, offer), offer, List.of(Q1));
        Shard big = TestShards.shard("big", 5, 1, List.of(owned, offer), offer, List.of(Q2));

        assertThat(releases(solution(small, big))).containsExactlyInAnyOrder(
                Set.of(new MakeRoom.Change(big, owned)),
                Set.of(new MakeRoom.Change(big, owned), new MakeRoom.Change(small, owned)));
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
        Shard shard = TestShards.shard("batch", 4, 1, List.of(owned, offer), offer, List.of(Q1));
        Shard filler = TestShards.shard("filler", 8, 1, List.of(owned), owned, List.of(Q1));

        assertThat(releases(solution(shard, filler))).containsOnly(Set.of());
    }

    @Test
    void leavesPinnedWorkWhereThePlannerPutIt() {
        Shard pinned = TestShards.pinned(TestShards.shard("pinned", 2, 1, List.of(owned, offer), offer, List.of(Q1)));
        Shard free = TestShards.shard("free", 3, 1, List.of(owned, offer), offer, List.of(Q1));

        assertThat(releases(solution(pinned, free))).containsOnly(Set.of(new MakeRoom.Change(free, owned)));
        assertThat(releases(solution(pinned))).containsOnly(Set.of());
    }

    @Test
    void leavesCapacityThePlannerHasAlone() {
        Shard shard = TestShards.shard("batch", 4, 1, List.of(owned, offer), owned, List.of(Q1));

        assertThat(releases(solution(shard))).containsOnly(Set.of());
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
