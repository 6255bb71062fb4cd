package com.capacityworkbench.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.MemberLeftException;
import com.hazelcast.core.OperationTimeoutException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import org.junit.jupiter.api.Test;

/** Which failures to read a future's result are the way's (asked again) and which the task's own (reported). */
class ClusterSweepEngineAskAgainTest {

    @Test
    void aResultLostOnTheWayIsAskedForAgain() {
        // What a member killed mid-sweep gave in CI: the wait for a task on its partition timed out.
        assertThat(ClusterSweepEngine.askAgain(new OperationTimeoutException("RetrieveResult timed out"))).isTrue();
        assertThat(ClusterSweepEngine.askAgain(new TargetNotMemberException("not a member"))).isTrue();
        assertThat(ClusterSweepEngine.askAgain(new MemberLeftException("member left"))).isTrue();
    }

    @Test
    void aFailureOfTheTaskItselfIsReported() {
        assertThat(ClusterSweepEngine.askAgain(new IllegalArgumentException("the scenario has no pools"))).isFalse();
        assertThat(ClusterSweepEngine.askAgain(new IllegalStateException("the solve failed"))).isFalse();
    }
}
