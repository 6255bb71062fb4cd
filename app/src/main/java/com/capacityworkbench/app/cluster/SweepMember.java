package com.capacityworkbench.app.cluster;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.XmlClientConfigBuilder;
import com.hazelcast.client.config.YamlClientConfigBuilder;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** This process as a member of a sweep cluster: the loopback one, or one a configuration file describes. */
public final class SweepMember {

    private final HazelcastInstance instance;
    private final int solvesAtOnce;
    private final CountDownLatch down = new CountDownLatch(1);

    private SweepMember(Config config, int solvesAtOnce) {
        this.solvesAtOnce = solvesAtOnce;
        this.instance = Hazelcast.newHazelcastInstance(config);
        instance.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                down.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(instance::shutdown, "leave-sweep-cluster"));
    }

    /** A member of the cluster the file describes (Hazelcast XML or YAML), with the sweep executor configured. */
    public static SweepMember join(Path configFile) {
        Config config;
        try {
            config = Config.loadFromFile(configFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cluster configuration: " + e.getMessage(), e);
        }
        int solves = LoopbackCluster.solvesAtOnce();
        LoopbackCluster.quiet(config);
        LoopbackCluster.sweepExecutor(config, solves);
        return new SweepMember(config, solves);
    }

    /** A member of a new loopback cluster of its own on this machine (the default for a sweep). */
    public static SweepMember onLoopback() {
        int solves = LoopbackCluster.solvesAtOnce();
        return new SweepMember(LoopbackCluster.member(LoopbackCluster.newName(), solves), solves);
    }

    /** How to reach an existing cluster as a client, from a Hazelcast client configuration (XML or YAML). */
    public static ClientConfig clientConfig(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        ClientConfig config = name.endsWith(".yaml") || name.endsWith(".yml")
                ? new YamlClientConfigBuilder(file.toFile()).build()
                : new XmlClientConfigBuilder(file.toFile()).build();
        config.setProperty("hazelcast.logging.type", "slf4j");
        return config;
    }

    public HazelcastInstance instance() {
        return instance;
    }

    public String clusterName() {
        return instance.getConfig().getClusterName();
    }

    public String address() {
        return instance.getCluster().getLocalMember().getAddress().toString();
    }

    public int solvesAtOnce() {
        return solvesAtOnce;
    }

    public void awaitShutdown() throws InterruptedException {
        down.await();
    }
}
