package com.capacityworkbench.bench.cli;

import com.capacityworkbench.bench.measure.BaselineMeasurement;
import com.capacityworkbench.bench.measure.BenchCase;
import com.capacityworkbench.bench.measure.ExactMeasurement;
import com.capacityworkbench.bench.measure.SolverMeasurement;
import com.capacityworkbench.bench.report.CaseResults;
import com.capacityworkbench.bench.report.SummaryTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs every case × seed: the greedy baseline, the exact reference (where asked) and the Timefold solve,
 * each in a JVM of its own, then prints and saves the medians.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the benchmark and prints Markdown tables of medians over seeds.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "Quick mode (a couple of minutes): 500x30x12 and the samples, one seed, checkpoints 2,5,10 s, 5 s per exact level.")
    boolean quick;

    @Option(names = "--cases", split = ",", description = "Generated sizes WxPxT and/or scenario files (default: 500x30x12,2000x100x12,5000x300x12 and the samples).")
    List<String> cases;

    @Option(names = "--samples-dir", defaultValue = "samples", description = "Folder of sample scenarios (*.json) added to the default cases.")
    Path samplesDir;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3")
    List<Long> seeds;

    @Option(names = "--checkpoints", split = ",", defaultValue = "10,30,60", description = "Seconds at which the best score is read; the last is the solve's limit.")
    List<Integer> checkpoints;

    @Option(names = "--warmup", defaultValue = "10", description = "Warm-up solve in each solver JVM, seconds.")
    int warmUp;

    @Option(names = "--exact-cases", split = ",", description = "Cases that also get the exact reference (default: the samples, the generated ones up to 2000 workloads and purchase cases up to 500).")
    List<String> exactCases;

    @Option(names = "--exact-limit", defaultValue = "60", description = "CP-SAT seconds per soft level.")
    int exactLimit;

    @Option(names = "--bound-limit", description = "Seconds for the MIP (SCIP) bound on the unplaced level (default: --exact-limit); 2000x100x12 needs about 25 minutes (1500).")
    Integer boundLimit;

    @Option(names = "--heap", defaultValue = "2g", description = "-Xmx of each measuring JVM.")
    String heap;

    @Option(names = "--jvm-option", description = "Extra option for the measuring JVMs (repeatable; default -XX:+UseParallelGC -XX:+UseCompactObjectHeaders, as the app runs).")
    List<String> jvmOptions;

    @Option(names = "--skip", split = ",", description = "Leave out: solver, greedy, exact.")
    List<MeasureCommand.What> skip = new ArrayList<>();

    @Option(names = "--out", defaultValue = "bench/target/results", description = "Where the results and logs go.")
    Path out;

    @Override
    public Integer call() throws Exception {
        applyQuickMode();
        List<BenchCase> benchCases = benchCases();
        List<String> exactIds = exactCaseIds(benchCases);
        Path runDir = out.resolve(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-'));
        Files.createDirectories(runDir.resolve("logs"));
        ChildJvm jvm = new ChildJvm(heap, jvmOptions == null ? List.of("-XX:+UseParallelGC", "-XX:+UseCompactObjectHeaders") : jvmOptions, runDir.resolve("logs"));
        String header = machineLine("start");
        System.err.println(header);
        List<CaseResults> results = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (BenchCase c : benchCases) {
            CaseResults r = new CaseResults(c.id());
            results.add(r);
            for (long seed : seeds) {
                List<String> common = List.of("--case", c.argument(), "--seed", Long.toString(seed));
                if (!skip.contains(MeasureCommand.What.GREEDY)) {
                    run(jvm, r, lines, MeasureCommand.What.GREEDY, common, BaselineMeasurement.class);
                }
                if (!skip.contains(MeasureCommand.What.EXACT) && exactIds.contains(c.id())) {
                    run(jvm, r, lines, MeasureCommand.What.EXACT, concat(common, "--exact-limit", Integer.toString(exactLimit),
                            "--bound-limit", Integer.toString(boundLimit == null ? exactLimit : boundLimit)),
                            ExactMeasurement.class);
                }
                if (!skip.contains(MeasureCommand.What.SOLVER)) {
                    run(jvm, r, lines, MeasureCommand.What.SOLVER, concat(common, "--warmup", Integer.toString(warmUp),
                            "--checkpoints", String.join(",", checkpoints.stream().map(String::valueOf).toList())),
                            SolverMeasurement.class);
                }
            }
        }
        String summary = "Run " + runDir.getFileName() + "\n" + header + "\n" + machineLine("end") + "\n\n"
                + SummaryTable.markdown(results);
        Files.write(runDir.resolve("results.jsonl"), lines, StandardCharsets.UTF_8);
        Files.writeString(runDir.resolve("summary.md"), summary, StandardCharsets.UTF_8);
        System.out.println(summary);
        System.err.println("bench: results in " + runDir);
        return 0;
    }

    private <T> void run(ChildJvm jvm, CaseResults r, List<String> lines, MeasureCommand.What what, List<String> args,
            Class<T> type) {
        String label = r.caseId() + " " + what.name().toLowerCase(Locale.ROOT) + " " + args.get(3);
        long start = System.nanoTime();
        try {
            String json = jvm.measure(label, concat(List.of("--what", what.name()), args.toArray(String[]::new)));
            T m = Json.MAPPER.readValue(json, type);
            switch (m) {
                case SolverMeasurement s -> r.add(s);
                case BaselineMeasurement b -> r.add(b);
                case ExactMeasurement e -> r.add(e);
                default -> throw new IllegalStateException("unexpected result " + m);
            }
            lines.add("{\"kind\":\"" + what.name().toLowerCase(Locale.ROOT) + "\",\"result\":" + json + "}");
            System.err.printf(Locale.US, "bench: %s done in %.0f s%n", label, (System.nanoTime() - start) / 1e9);
        } catch (IOException | RuntimeException | InterruptedException e) {
            r.failed(label + ": " + e.getMessage());
            System.err.println("bench: " + label + " FAILED: " + e.getMessage());
        }
    }

    private void applyQuickMode() {
        if (!quick) {
            return;
        }
        cases = cases != null ? cases : defaultCases(List.of("500x30x12"));
        seeds = List.of(1L);
        checkpoints = List.of(2, 5, 10);
        warmUp = Math.min(warmUp, 3);
        exactLimit = Math.min(exactLimit, 5);
        boundLimit = boundLimit == null ? null : Math.min(boundLimit, 5);
    }

    private List<BenchCase> benchCases() throws IOException {
        List<String> wanted = cases != null ? cases : defaultCases(List.of("500x30x12", "2000x100x12", "5000x300x12"));
        return wanted.stream().map(BenchCase::parse).toList();
    }

    private List<String> defaultCases(List<String> generated) {
        List<String> all = new ArrayList<>(generated);
        if (Files.isDirectory(samplesDir)) {
            try (Stream<Path> files = Files.list(samplesDir)) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> all.add(f.toString()));
            } catch (IOException e) {
                System.err.println("bench: cannot list " + samplesDir + ": " + e.getMessage());
            }
        }
        return all;
    }

    private List<String> exactCaseIds(List<BenchCase> benchCases) {
        if (exactCases != null) {
            return exactCases.stream().map(BenchCase::parse).map(BenchCase::id).toList();
        }
        // A purchase case's model is larger per workload (block, term and commitment rows): 2,000 workloads need GBs.
        return benchCases.stream().filter(c -> !c.isGenerated() || c.workloads() <= (c.isPurchase() ? 500 : 2000))
                .map(BenchCase::id).toList();
    }

    private static String machineLine(String when) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.US, "Machine at %s (%s): %d cores, Java %s, load average %.2f", when,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), os.getAvailableProcessors(),
                System.getProperty("java.version"), os.getSystemLoadAverage());
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
