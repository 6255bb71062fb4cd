package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Slices searched at the same time stay out of each other's reach. */
class SliceChooserTest {

    @Test
    void aSliceApartSharesNoWorkloadPoolOrCappedSite() {
        // The generator's lab campus has a power cap: slices apart must not both reach it.
        PlacementSolution plan = SolutionBuilder.build(ScenarioGenerator.generate(new ScenarioGenerator.Settings(200, 20, 6, 3)));
        SliceChooser chooser = new SliceChooser(plan, 60);
        SplittableRandom random = new SplittableRandom(7);
        int pairs = 0;
        for (int i = 0; i < 200; i++) {
            Slice first = chooser.next(random);
            Slice second = chooser.apartFrom(first, random);
            if (second == null) {
                continue;
            }
            pairs++;
            Footprint one = Footprint.of(first);
            Footprint two = Footprint.of(second);
            assertThat(meets(one, two)).isFalse();
            assertThat(meets(two, one)).isFalse();
            assertThat(two.workloads()).doesNotContainAnyElementsOf(one.workloads());
            assertThat(two.pools()).doesNotContainAnyElementsOf(one.pools());
            assertThat(two.pools().stream().map(PlacementPool::getSite)).doesNotContainAnyElementsOf(one.cappedSites());
            // Every shard the second frees sits out of the first's reach (or nowhere), so its program's rest of the
            // plan holds whatever the first decides.
            assertThat(second.freeShards()).allSatisfy(shard -> assertThat(one.leaves(shard)).isTrue());
            assertThat(second.freeShards()).extracting(Shard::getWorkload).doesNotContainAnyElementsOf(one.workloads());
        }
        assertThat(pairs).as("slices apart found").isGreaterThan(100);
    }

    /** Whether a change in {@code other} could meet {@code footprint}: a workload in both, or a pool within its reach. */
    private static boolean meets(Footprint footprint, Footprint other) {
        return other.workloads().stream().anyMatch(footprint.workloads()::contains)
                || other.pools().stream().anyMatch(footprint::reaches);
    }

    @Test
    void aSliceReachesThePoolsOfItsCappedSites() {
        PlacementSolution plan = SolutionBuilder.build(ScenarioGenerator.generate(new ScenarioGenerator.Settings(200, 20, 6, 3)));
        Footprint whole = Footprint.of(Slice.whole(plan));

        assertThat(whole.cappedSites()).as("the generated lab campus").isNotEmpty();
        for (PlacementPool pool : plan.getPools()) {
            assertThat(whole.reaches(pool)).isEqualTo(whole.pools().contains(pool) || whole.cappedSites().contains(pool.getSite()));
        }
    }
}
