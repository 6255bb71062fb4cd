package com.capacityworkbench.solver.move;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.impl.domain.solution.descriptor.SolutionDescriptor;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.test.MoveTester;
import com.capacityworkbench.model.scenario.Period;
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

class RandomShardMovesTest {

    private static final List<PeriodSlot> Q1 = List.of(new PeriodSlot(0, Period.quarter(2027, 1)));
    private static final PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> POOL = MakeRoomMoves.poolVariable(
            SolutionDescriptor.buildSolutionDescriptor(PlacementSolution.class, Shard.class).getMetaModel());

    private final PlacementSite site = new PlacementSite("campus", new long[] {Long.MAX_VALUE});
    private final PlacementPool a = new PlacementPool("a", 0, site, "lab", new int[] {10});
    private final PlacementPool b = new PlacementPool("b", 1, site, "lab", new int[] {10});
    private final PlacementPool c = new PlacementPool("c", 2, site, "lab", new int[] {10});

    private final Shard onA = TestShards.shard("on-a", 1, 1, List.of(a, b), a, Q1);
    private final Shard onB = TestShards.shard("on-b", 1, 1, List.of(a, b, c), b, Q1);
    private final Shard onC = TestShards.shard("on-c", 1, 1, List.of(c), c, Q1);
    private final Shard waiting = TestShards.shard("waiting", 1, 1, List.of(a), null, Q1);
    private final Shard pinned = TestShards.pinned(TestShards.shard("pinned", 1, 1, List.of(a, b), a, Q1));
    private final PlacementSolution solution = new PlacementSolution("moves", List.of(a, b, c), List.of(site),
            TestShards.NO_FIRST_REFUSAL, List.of(onA, onB, onC, waiting, pinned), ConstraintWeightOverrides.none());
    private final MovableShards movable = MovableShards.of(solution);

    @Test
    void changesMoveAnUnpinnedShardToAnotherPlaceOfItsRangeAndReachEveryOne() {
        RandomChangeMoves changes = new RandomChangeMoves();
        SplittableRandom random = new SplittableRandom(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            PoolChange change = (PoolChange) changes.draw(movable, POOL, random);
            assertThat(change.shard()).isNotSameAs(pinned);
            assertThat(change.pool()).isNotSameAs(change.shard().getPool());
            if (change.pool() != null) {
                assertThat(change.shard().getPoolRange()).contains(change.pool());
            }
            seen.add(change.toString());
        }
        assertThat(seen).containsExactlyInAnyOrder("on-a#0 -> b", "on-a#0 -> unplaced", "on-b#0 -> a",
                "on-b#0 -> c", "on-b#0 -> unplaced", "on-c#0 -> unplaced", "waiting#0 -> a");
    }

    @Test
    void swapsOnlyShardsThatMaySitWhereTheOtherIsAndReachEveryPair() {
        RandomSwapMoves swaps = new RandomSwapMoves();
        SplittableRandom random = new SplittableRandom(1);
        Set<Set<String>> pairs = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            PoolSwap swap = (PoolSwap) swaps.draw(movable, POOL, random);
            pairs.add(Set.of(swap.left().getWorkload(), swap.right().getWorkload()));
        }
        // on-c fits nowhere else, the pinned shard stays, and "waiting" may only take on-a's pool.
        assertThat(pairs).containsExactlyInAnyOrder(Set.of("on-a", "on-b"), Set.of("on-a", "waiting"));
    }

    @Test
    void noSwapWhenNoTwoShardsCanTradePlaces() {
        PlacementSolution stuck = new PlacementSolution("stuck", List.of(a, b, c), List.of(site),
                TestShards.NO_FIRST_REFUSAL, List.of(onC, pinned), ConstraintWeightOverrides.none());

        Move<PlacementSolution> swap = new RandomSwapMoves().draw(MovableShards.of(stuck), POOL, new SplittableRandom(1));

        assertThat(swap).isNull();
    }

    @Test
    void aSwapTradesThePlacesOfTheTwoShards() {
        MoveTester.build(POOL.entity().solution()).using(solution).execute(new PoolSwap(POOL, onA, waiting));

        assertThat(onA.getPool()).isNull();
        assertThat(waiting.getPool()).isSameAs(a);
    }
}
