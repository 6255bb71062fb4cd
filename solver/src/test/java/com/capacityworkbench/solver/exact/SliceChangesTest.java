package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.ChargeKeys;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A program's counts become the fewest shard moves that make them true. */
class SliceChangesTest {

    private static final PlacementSite SITE = new PlacementSite("site", new long[] {Long.MAX_VALUE});
    private static final PlacementPool A = new PlacementPool("a", 0, SITE, "p", new int[] {100});
    private static final PlacementPool B = new PlacementPool("b", 1, SITE, "p", new int[] {100});
    private static final PlacementPool C = new PlacementPool("c", 2, SITE, "p", new int[] {100});

    @Test
    void shardsStayWhereTheCountsKeepThem() {
        List<Shard> shards = shards(A, A, B, null);
        Slice slice = new Slice(List.of(new ShardGroup(shards, List.of(A, B, C))), true);

        // a: 2 → 1, b: 1 → 1, c: 0 → 2, unplaced: 1 → 0
        List<SliceChanges.Change> changes = SliceChanges.of(slice, new Placement(new int[][] {{1, 1, 2}}, new int[] {0}));

        assertThat(changes).hasSize(2);
        assertThat(changes).allSatisfy(c -> assertThat(c.pool()).isEqualTo(C));
        assertThat(changes).extracting(SliceChanges.Change::shard).containsExactlyInAnyOrder(shards.get(1), shards.get(3));
    }

    @Test
    void theSamePlanNeedsNoChange() {
        Slice slice = new Slice(List.of(new ShardGroup(shards(A, B, null), List.of(A, B, C))), true);

        assertThat(SliceChanges.of(slice, new Placement(new int[][] {{1, 1, 0}}, new int[] {1}))).isEmpty();
    }

    @Test
    void surplusGoesOffEveryPool() {
        List<Shard> shards = shards(A, A);
        Slice slice = new Slice(List.of(new ShardGroup(shards, List.of(A, B))), true);

        List<SliceChanges.Change> changes = SliceChanges.of(slice, new Placement(new int[][] {{1, 0}}, new int[] {1}));

        assertThat(changes).singleElement().satisfies(c -> assertThat(c.pool()).isNull());
    }

    private static List<Shard> shards(@Nullable PlacementPool... on) {
        List<PeriodSlot> slots = List.of(new PeriodSlot(0, Period.parse("2027-Q1")));
        PoolOption option = new PoolOption(10, 0, Set.of(), 0, 0, 0, 0, false, 0, 0, List.of(), null, new ChargeKeys());
        PoolOption[] options = {option, option, option};
        List<Shard> shards = new ArrayList<>();
        for (int i = 0; i < on.length; i++) {
            Shard shard = new Shard("w", i, 10, 1, false, slots, options, List.of(A, B, C),
                    new PlacementPolicy(FirstRefusalMode.OFF, 100), 10, 0);
            shard.setPool(on[i]);
            shards.add(shard);
        }
        return shards;
    }
}
