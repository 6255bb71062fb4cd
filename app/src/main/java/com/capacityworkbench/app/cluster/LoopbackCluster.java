package com.capacityworkbench.app.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.UUID;

/**
 * The default cluster: members on this machine only. Bound to 127.0.0.1 with discovery by TCP on loopback (no
 * multicast, no cloud discovery) and a random cluster name, so nothing is exposed and two sweeps never meet.
 * Hazelcast's community edition has neither TLS nor member authentication: a cluster across machines belongs on
 * an isolated network (docs/portfolio.md).
 */
final class LoopbackCluster {

    static final String EXECUTOR = "sweep";
    private static final String LOOPBACK = "127.0.0.1";

    private LoopbackCluster() {
    }

    /** A new cluster's name. */
    static String newName() {
        return "capacity-workbench-" + UUID.randomUUID();
    }

    /** A member of the loopback cluster {@code name}; {@code solvesAtOnce} futures run on it at a time. */
    static Config member(String name, int solvesAtOnce) {
        Config config = quiet(new Config()).setClusterName(name);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(5701).setPortAutoIncrement(true).setPortCount(100);
        network.getInterfaces().setEnabled(true).addInterface(LOOPBACK);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember(LOOPBACK);
        config.setProperty("hazelcast.socket.bind.any", "false");
        return sweepExecutor(config, solvesAtOnce);
    }

    /** The executor sweeps submit to: durable (a task survives its member) with one backup. */
    static Config sweepExecutor(Config config, int solvesAtOnce) {
        config.getDurableExecutorConfig(EXECUTOR).setPoolSize(solvesAtOnce).setDurability(1).setCapacity(10_000);
        return config;
    }

    /** No calls home, logging through SLF4J (Hazelcast's own is chatty on java.util.logging). */
    static Config quiet(Config config) {
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        return config;
    }

    /** Solves a member runs at once: half the cores (a solve keeps more than one busy), at least one. */
    static int solvesAtOnce() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
