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
import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16: three members in their own JVMs (started as `workbench worker --cluster FILE`), one killed by its process
 * id mid-sweep: all 60 futures finish exactly once, with the figures a one-process sweep of the same seed gives.
 */
class MemberLossTest {

    private static final int SAMPLES = 60;
    private final List<Process> members = new ArrayList<>();

    @AfterEach
    void stopMembers() {
        members.forEach(Process::destroyForcibly);
    }

    @Test
    void aMemberKilledMidSweepLosesNoFutureAndCountsNoneTwice(@TempDir Path dir) throws Exception {
        String name = LoopbackCluster.newName();
        Path config = dir.resolve("cluster.yaml");
        Files.writeString(config, """
                hazelcast:
                  cluster-name: %s
                  network:
                    port:
                      port: 5701
                      auto-increment: true
                    interfaces:
                      enabled: true
                      interfaces: [127.0.0.1]
                    join:
                      multicast:
                        enabled: false
                      auto-detection:
                        enabled: false
                      tcp-ip:
                        enabled: true
                        member-list: [127.0.0.1]
                """.formatted(name));
        for (int i = 0; i < 3; i++) {
            members.add(new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "com.capacityworkbench.app.Main", "worker",
                    "--cluster", config.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("member-" + i + ".log").toFile()).start());
        }
        ClientConfig client = new ClientConfig().setClusterName(name);
        // Members take the first free ports from 5701 on (another cluster on this machine may hold some).
        client.getNetworkConfig().setAddresses(java.util.stream.IntStream.rangeClosed(5701, 5720)
                .mapToObj(port -> "127.0.0.1:" + port).toList());
        client.setProperty("hazelcast.logging.type", "slf4j");
        HazelcastInstance cluster = HazelcastClient.newHazelcastClient(client);
        try {
            awaitMembers(cluster, 3);
            Scenario tiny = ScenarioJson.read(Path.of("..", "samples", "tiny.json"));
            Plan today;
            try (SolverService solver = new SolverService()) {
                today = solver.start(new SolveRequest(tiny, null, Duration.ofMinutes(1), null, 2_000L, 1),
                        SolveListener.NONE).awaitPlan();
            }
            SweepSettings settings = new SweepSettings(SAMPLES, 12, SweepMode.REPLAN, 60, 1_000L);
            AtomicInteger heard = new AtomicInteger();
            Set<Integer> heardIndices = ConcurrentHashMap.newKeySet();
            SweepListener killAfterTen = (result, finished, total) -> {
                heard.incrementAndGet();
                heardIndices.add(result.index());
                if (finished == 10) {
                    members.get(1).destroyForcibly(); // SIGKILL: no goodbye to the cluster
                }
            };

            SweepResult onCluster = Sweep.run(tiny, today, model(), settings, new ClusterSweepEngine(cluster),
                    killAfterTen, () -> false);
            SweepResult inProcess = Sweep.run(tiny, today, model(), settings, new LocalSweepEngine(),
                    SweepListener.NONE, () -> false);

            assertThat(members.get(1).waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(heard.get()).isEqualTo(SAMPLES);
            assertThat(heardIndices).hasSize(SAMPLES);
            assertThat(onCluster.complete()).isTrue();
            assertThat(onCluster.samples()).extracting(SampleResult::values, SampleResult::totalCostUsd,
                            SampleResult::unplacedDemand, SampleResult::movedWorkloads)
                    .isEqualTo(inProcess.samples().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.values(),
                            s.totalCostUsd(), s.unplacedDemand(), s.movedWorkloads())).toList());
        } finally {
            cluster.shutdown();
        }
    }

    private static UncertaintyModel model() {
        return new UncertaintyModel(List.of(
                new UncertainInput("Abilene slip", UncertainKind.POOL_DELAY, "pool", "abilene-mi300x",
                        new DiscreteDistribution(List.of(new Outcome(0, 0.6), new Outcome(2, 0.4))), null, Set.of()),
                new UncertainInput("Chat growth", UncertainKind.DEMAND_FACTOR, "workload", "chat-serving",
                        new TriangularDistribution(0.9, 1.1, 1.6), null, Set.of())));
    }

    private static void awaitMembers(HazelcastInstance cluster, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (cluster.getCluster().getMembers().size() < count && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(cluster.getCluster().getMembers()).hasSize(count);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
