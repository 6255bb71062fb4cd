package com.capacityworkbench.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue #21 item 3: a plan's own cut of a split workload counts when it is one, else the equal cut does. */
class ShardSplitTest {

    private static final Period Q1 = Period.quarter(2027, 1);
    private static final Period Q4 = Period.quarter(2027, 4);

    private static Workload serve(double demand, int shards) {
        return new Workload("serve", WorkloadKind.INFERENCE, demand, Q1, Q4, 1, Set.of(), 0, List.of(), false,
                shards > 1, shards, null, null, null, null, false);
    }

    private static Assignment row(int shard, double demand, String pool) {
        return new Assignment("serve", shard, demand, pool, null, null, 0, Q1, Q4, 0,
                pool == null ? AssignmentStatus.UNPLACED : AssignmentStatus.PLACED, null, false);
    }

    private static List<Double> sizes(ShardSplit split) {
        return IntStream.range(0, split.count()).mapToObj(split::size).toList();
    }

    @Test
    void withoutRowsASplitWorkloadIsItsEqualShardsAndAnEmptyRemainder() {
        assertThat(sizes(ShardSplit.equal(serve(1000, 3)))).containsExactly(334.0, 333.0, 333.0, 0.0);
        assertThat(sizes(ShardSplit.of(serve(1000, 3), List.of()))).containsExactly(334.0, 333.0, 333.0, 0.0);
        assertThat(sizes(ShardSplit.equal(serve(1000, 1)))).containsExactly(1000.0);
    }

    @Test
    void aPlansOwnCutCountsFewerShardsAndARemainderIncluded() {
        Workload serve = serve(1000, 3);

        assertThat(sizes(ShardSplit.of(serve, List.of(row(1, 400, "b"), row(0, 600, "a")))))
                .containsExactly(600.0, 400.0, 0.0, 0.0);
        assertThat(sizes(ShardSplit.of(serve, List.of(row(0, 300, "a"), row(1, 300, "b"), row(2, 300, "c"),
                row(3, 100, null))))).containsExactly(300.0, 300.0, 300.0, 100.0);
    }

    @Test
    void rowsThatAreNoCutOfTheDemandAsItIsNowGiveTheEqualCut() {
        Workload serve = serve(1000, 3);
        List<Double> equal = sizes(ShardSplit.equal(serve));

        // The demand changed since the plan was made.
        assertThat(sizes(ShardSplit.of(serve, List.of(row(0, 600, "a"), row(1, 300, "b"))))).isEqualTo(equal);
        // A placed remainder, a shard number the workload does not have, a shard twice, a negative size.
        assertThat(sizes(ShardSplit.of(serve, List.of(row(0, 600, "a"), row(3, 400, "b"))))).isEqualTo(equal);
        assertThat(sizes(ShardSplit.of(serve, List.of(row(0, 600, "a"), row(4, 400, null))))).isEqualTo(equal);
        assertThat(sizes(ShardSplit.of(serve, List.of(row(0, 600, "a"), row(0, 400, "b"))))).isEqualTo(equal);
        assertThat(sizes(ShardSplit.of(serve, List.of(row(0, 1100, "a"), row(1, -100, null))))).isEqualTo(equal);
        // A workload that is not split is always one shard of its whole demand.
        assertThat(sizes(ShardSplit.of(serve(1000, 1), List.of(row(0, 600, "a"))))).containsExactly(1000.0);
    }

    @Test
    void aRowMayCarryAShardOrTheRemainderOfItsWorkload() {
        assertThat(IntStream.rangeClosed(-1, 4).mapToObj(i -> ShardSplit.numbers(serve(1000, 3), i)).toList())
                .containsExactly(false, true, true, true, true, false);
        assertThat(ShardSplit.numbers(serve(1000, 1), 1)).isFalse();
        assertThat(ShardSplit.remainderIndex(serve(1000, 3))).isEqualTo(3);
    }
}
