package com.capacityworkbench.app.cluster;

import com.capacityworkbench.solver.portfolio.LocalSweepEngine;
import com.capacityworkbench.solver.portfolio.SweepEngine;
import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An engine to run a sweep on, and what to shut down after it: this process alone, an embedded loopback member (the
 * default of the CLI and the GUI), a member of a configured cluster, or a client of one.
 *
 * @param joined how the engine was reached, in words for the user ("Member of cluster … at …"); empty for local
 */
public record SweepEngines(SweepEngine engine, @Nullable HazelcastInstance instance, String joined)
        implements AutoCloseable {

    public static SweepEngines local() {
        return new SweepEngines(new LocalSweepEngine(), null, "");
    }

    /** A member of a new cluster of its own on loopback: futures run on this machine, no network beyond it. */
    public static SweepEngines embedded() {
        return member(SweepMember.onLoopback());
    }

    public static SweepEngines joining(Path configFile) {
        return member(SweepMember.join(configFile));
    }

    public static SweepEngines client(Path configFile) throws IOException {
        HazelcastInstance instance = HazelcastClient.newHazelcastClient(SweepMember.clientConfig(configFile));
        return new SweepEngines(new ClusterSweepEngine(instance), instance, "Connected to cluster \""
                + instance.getConfig().getClusterName() + "\" with " + instance.getCluster().getMembers().size()
                + " members");
    }

    private static SweepEngines member(SweepMember member) {
        return new SweepEngines(new ClusterSweepEngine(member.instance()), member.instance(), "Member of cluster \""
                + member.clusterName() + "\" at " + member.address() + " ("
                + member.instance().getCluster().getMembers().size() + " members)");
    }

    @Override
    public void close() {
        if (instance != null) {
            instance.shutdown();
        }
    }
}
