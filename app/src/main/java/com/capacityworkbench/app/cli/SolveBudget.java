package com.capacityworkbench.app.cli;

import com.capacityworkbench.solver.service.SolvePolicy;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The time limit and random seed of the commands that solve (a picocli mixin). */
final class SolveBudget {

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "" + SolvePolicy.DEFAULT_SECONDS,
            description = "Seconds each solve may take, wall time: reading the scenario, building the problem and "
                    + "the final evaluation included (default: ${DEFAULT-VALUE}).")
    private long seconds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SolvePolicy.DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    /** Whether the limit is usable; if not, says so on {@code err} under the command's name. */
    boolean check(String command, PrintWriter err) {
        if (seconds <= 0) {
            err.println(command + ": --seconds must be at least 1, got " + seconds);
            return false;
        }
        return true;
    }

    long seconds() {
        return seconds;
    }

    Duration timeLimit() {
        return Duration.ofSeconds(seconds);
    }

    /**
     * When the command started, in {@link System#nanoTime()}: the JVM's start, so that {@code --seconds} covers
     * starting, reading and checking the scenario too.
     */
    static long commandStartNanos() {
        // The JVM's uptime is exact to the millisecond; the process's start instant is only to the second on Linux.
        return System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
    }

    long seed() {
        return seed;
    }
}
