package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.cluster.SweepMember;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./workbench worker --cluster FILE: lends this machine to sweeps until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Joins a sweep cluster as a member and solves its futures until stopped (Ctrl+C).",
            "FILE is a Hazelcast member configuration (XML or YAML) naming the cluster, the interfaces and how members "
                    + "find each other; without one, sweeps run on loopback members on this machine only. Community "
                    + "Hazelcast has no TLS or authentication: run a cluster across machines on an isolated network."})
public final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--cluster", required = true, paramLabel = "FILE", description = "Hazelcast member configuration (XML or YAML).")
    Path cluster;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(cluster)) {
            System.err.println(cluster + ": cannot read the cluster configuration");
            return ExitCodes.INVALID_INPUT;
        }
        SweepMember member;
        try {
            member = SweepMember.join(cluster);
        } catch (RuntimeException e) {
            System.err.println(cluster + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        System.out.println("Member of cluster \"" + member.clusterName() + "\" at " + member.address() + ", solving up to "
                + member.solvesAtOnce() + " futures at once; Ctrl+C to leave.");
        member.awaitShutdown();
        return ExitCodes.OK;
    }
}
