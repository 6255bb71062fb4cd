package com.capacityworkbench.bench.exact;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.bench.Samples;
import com.capacityworkbench.bench.problem.PlacementProblem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The MIP bound of the unplaced level is exact where the optimum is known, so it is never above it. */
class UnplacedBoundTest {

    @Test
    void equalsTheProvenLeastUnplacedDemandOfEuSovereign() throws Exception {
        // 11,400 demand × priority in score units (× 100): what CP-SAT proves and the solver now reaches.
        assertThat(UnplacedBound.of(PlacementProblem.of(Samples.read("eu-sovereign.json")), Duration.ofSeconds(30)))
                .isEqualTo(1_140_000);
    }

    @Test
    void equalsTheHandDerivedUnplacedDemandOfTiny() throws Exception {
        assertThat(UnplacedBound.of(PlacementProblem.of(Samples.read("tiny.json")), Duration.ofSeconds(30)))
                .isEqualTo(10_000);
    }
}
