package com.capacityworkbench.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #21 item 3: a splittable workload's demand is cut in whole reference accelerators. */
class WorkloadShardsTest {

    private static Workload inference(double demand, int shards) {
        return new Workload("serve", WorkloadKind.INFERENCE, demand, Period.quarter(2027, 1), Period.quarter(2027, 4), 1,
                Set.of(), 0, List.of(), false, true, shards, null, null, null, null, false);
    }

    @Test
    void aThousandInThreeIs334And333And333() {
        Workload serve = inference(1000, 3);

        assertThat(IntStream.range(0, 3).mapToDouble(serve::shardDemand).boxed().toList())
                .containsExactly(334.0, 333.0, 333.0);
        assertThat(serve.largestShardDemand()).isEqualTo(334);
    }

    @Test
    void aFractionGoesToTheLastShard() {
        Workload serve = inference(1000.5, 3);

        assertThat(IntStream.range(0, 3).mapToDouble(serve::shardDemand).boxed().toList())
                .containsExactly(334.0, 333.0, 333.5);
    }

    @Test
    void anUnsplitWorkloadIsOneShardOfItsWholeDemand() {
        Workload gang = new Workload("pretrain", WorkloadKind.TRAINING, 1200.25, Period.quarter(2027, 1),
                Period.quarter(2027, 4), 1, Set.of(), 0, List.of(), false, false, 1, null, null, null, null, false);

        assertThat(gang.shardCount()).isEqualTo(1);
        assertThat(gang.shardDemand(0)).isEqualTo(1200.25);
    }

    @ParameterizedTest
    @CsvSource({"1000, 3", "7, 7", "10, 4", "12345.75, 8", "100, 100", "2.5, 2"})
    void shardsAddUpToTheDemandAndDifferByAtMostOne(double demand, int shards) {
        Workload serve = inference(demand, shards);
        double[] sizes = IntStream.range(0, shards).mapToDouble(serve::shardDemand).toArray();

        assertThat(Arrays.stream(sizes).sum()).isCloseTo(demand, within(1e-9));
        double largest = Arrays.stream(sizes).max().orElseThrow();
        double smallest = Arrays.stream(sizes).min().orElseThrow();
        assertThat(largest - smallest).isLessThanOrEqualTo(1.0);
        assertThat(largest).isEqualTo(serve.largestShardDemand());
    }
}
