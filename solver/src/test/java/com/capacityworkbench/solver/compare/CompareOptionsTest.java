package com.capacityworkbench.solver.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareOptionsTest {

    private static CompareOptions options(int seeds, int parallelism) {
        return new CompareOptions(List.of(), Duration.ofSeconds(30), 42, seeds, true, parallelism, null);
    }

    @Test
    void autoSeedsFillTheCoresThePlansLeaveIdleUpToThree() {
        int cores = Runtime.getRuntime().availableProcessors();
        CompareOptions auto = options(CompareOptions.AUTO_SEEDS, cores);
        assertThat(auto.seedsFor(1)).isEqualTo(Math.clamp(cores, 1, 3));
        assertThat(auto.seedsFor(cores + 1)).as("more plans than cores: one seed each").isEqualTo(1);
        assertThat(options(CompareOptions.AUTO_SEEDS, 1).seedsFor(1)).as("one core: nothing is idle").isEqualTo(1);
    }

    @Test
    void aNumberOfSeedsIsKeptAndCountsUpFromTheFirstSeed() {
        CompareOptions five = options(5, 1);
        assertThat(five.seedsFor(1)).isEqualTo(5);
        assertThat(five.seedsFor(6)).isEqualTo(5);
        assertThat(five.seedOf(0)).isEqualTo(42);
        assertThat(five.seedOf(4)).isEqualTo(46);
        assertThatThrownBy(() -> options(-1, 1)).hasMessageContaining("at least one seed, got -1");
    }
}
