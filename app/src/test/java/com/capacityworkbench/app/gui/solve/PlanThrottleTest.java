package com.capacityworkbench.app.gui.solve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanThrottleTest {

    @Test
    void handsOutOnlyTheNewestValueAndAtMostOncePerInterval() {
        PlanThrottle<String> throttle = new PlanThrottle<>(250);
        throttle.offer("plan 1");
        throttle.offer("plan 2");

        assertThat(throttle.poll(1_000)).isEqualTo("plan 2");
        throttle.offer("plan 3");
        assertThat(throttle.poll(1_100)).isNull();
        assertThat(throttle.poll(1_249)).isNull();
        throttle.offer("plan 4");
        assertThat(throttle.poll(1_250)).isEqualTo("plan 4");
        assertThat(throttle.poll(2_000)).isNull();
    }

    @Test
    void aHundredBestPlansInASecondReachTheViewsFourTimes() {
        PlanThrottle<Integer> throttle = new PlanThrottle<>(250);
        int published = 0;
        for (int ms = 0; ms < 1000; ms += 10) {
            throttle.offer(ms);
            if (throttle.poll(ms) != null) {
                published++;
            }
        }
        assertThat(published).isEqualTo(4);
        throttle.offer(999);
        assertThat(throttle.drain()).isEqualTo(999);
    }
}
