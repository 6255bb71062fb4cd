package com.capacityworkbench.solver.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reason names a few pools and counts the rest: a sentence naming a hundred pools is read by no one. */
class ReasonGroupsTest {

    @Test
    void upToSixPoolsAreNamedAndBeyondFiveTheRestCounted() {
        assertThat(ReasonGroups.pools(List.of("a"))).isEqualTo("pool a");
        assertThat(ReasonGroups.pools(List.of("a", "b", "c", "d", "e", "f"))).isEqualTo("pools a, b, c, d, e, f");
        assertThat(ReasonGroups.pools(List.of("a", "b", "c", "d", "e", "f", "g"))).isEqualTo("pools a, b, c, d, e and 2 more");
    }
}
