package com.capacityworkbench.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution.Outcome;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import com.capacityworkbench.solver.portfolio.LocalSweepEngine;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.solver.portfolio.Sweep;
import com.capacityworkbench.solver.portfolio.SweepListener;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue #16: a sweep on two loopback members gives what the same sweep gives in this process, sample for sample. */
class ClusterSweepEngineTest {

    private static HazelcastInstance first;
    private static HazelcastInstance second;

    @BeforeAll
    static void startTwoMembers() {
        String name = LoopbackCluster.newName();
        first = Hazelcast.newHazelcastInstance(LoopbackCluster.member(name, 1));
        second = Hazelcast.newHazelcastInstance(LoopbackCluster.member(name, 1));
    }

    @AfterAll
    static void stop() {
        second.shutdown();
        first.shutdown();
    }

    @Test
    void membersOnLoopbackSolveEveryFutureOnceAndAgreeWithALocalSweep() throws Exception {
        assertThat(first.getCluster().getMembers()).hasSize(2);
        assertThat(first.getCluster().getLocalMember().getAddress().getHost()).isEqualTo("127.0.0.1");
        Scenario tiny = ScenarioJson.read(Path.of("..", "samples", "tiny.json"));
        Plan today;
        try (SolverService solver = new SolverService()) {
            today = solver.start(new SolveRequest(tiny, null, Duration.ofMinutes(1), null, 2_000L, 1),
                    SolveListener.NONE).awaitPlan();
        }
        UncertaintyModel model = new UncertaintyModel(List.of(
                new UncertainInput("Abilene slip", UncertainKind.POOL_DELAY, "pool", "abilene-mi300x",
                        new DiscreteDistribution(List.of(new Outcome(0, 0.6), new Outcome(2, 0.4))), null, Set.of()),
                new UncertainInput("Chat growth", UncertainKind.DEMAND_FACTOR, "workload", "chat-serving",
                        new TriangularDistribution(0.9, 1.1, 1.6), null, Set.of())));
        SweepSettings settings = new SweepSettings(8, 4, SweepMode.REPLAN, 60, 1_500L);

        SweepResult onCluster = Sweep.run(tiny, today, model, settings, new ClusterSweepEngine(first),
                SweepListener.NONE, () -> false);
        SweepResult here = Sweep.run(tiny, today, model, settings, new LocalSweepEngine(), SweepListener.NONE, () -> false);

        assertThat(onCluster.complete()).isTrue();
        assertThat(onCluster.samples()).extracting(SampleResult::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(onCluster.samples()).extracting(SampleResult::values, SampleResult::totalCostUsd,
                        SampleResult::unplacedDemand, SampleResult::movedWorkloads)
                .isEqualTo(here.samples().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.values(),
                        s.totalCostUsd(), s.unplacedDemand(), s.movedWorkloads())).toList());
    }
}
