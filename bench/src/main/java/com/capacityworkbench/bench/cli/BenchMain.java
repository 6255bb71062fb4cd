package com.capacityworkbench.bench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The benchmark's entry point (bench/run): {@code run} orchestrates, {@code measure} is one measuring JVM. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks the placement solver against a greedy baseline and an exact CP-SAT reference.",
        subcommands = {RunCommand.class, SummarizeCommand.class, MeasureCommand.class, WriteCaseCommand.class})
public final class BenchMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
