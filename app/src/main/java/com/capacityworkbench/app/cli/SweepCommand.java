package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.cluster.SweepEngines;
import com.capacityworkbench.formats.excel.ExcelSweepWriter;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.json.SweepJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.portfolio.Sweep;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolvePolicy;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./workbench sweep SCENARIO: today's plan judged over futures drawn from the scenario's uncertainty. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Draw futures from the scenario's uncertain inputs and solve each from today's plan: the spread "
                + "of cost and unplaced demand, each workload's odds of going unplaced or moving, idle commitments, "
                + "and which input moves cost most.",
            "Futures run on an embedded compute member on this machine (loopback only), on a cluster this process "
                    + "joins (--cluster, --client), or in this process (--local). Exit code 0, 2 for bad input."})
public final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.json or .xlsx) with uncertain inputs.")
    private Path scenarioFile;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "100", description = "Futures to draw (default: ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "Seconds each future's solve may take, and today's plan's when it is solved first (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--mode", paramLabel = "stress|replan", defaultValue = "stress",
            description = "stress: keep today's plan, re-place only what a future breaks; replan: solve each future "
                    + "from today's plan (default: ${DEFAULT-VALUE}).")
    private String mode;

    @Option(names = "--seed", paramLabel = "X", defaultValue = "" + SolvePolicy.DEFAULT_SEED,
            description = "Seed of the draw and the solves (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--moves", paramLabel = "M",
            description = "Also stop each future's solve after M moves: the same figures on any number of machines.")
    private @Nullable Long moves;

    @Option(names = "--plan", paramLabel = "PLAN", description = "Today's plan, a .json file as solve --out writes it; "
            + "solved first when not given.")
    private @Nullable Path planFile;

    @Option(names = "--cluster", paramLabel = "FILE", description = "Join the cluster this Hazelcast member configuration describes.")
    private @Nullable Path cluster;

    @Option(names = "--client", paramLabel = "FILE", description = "Use an existing cluster through this Hazelcast client configuration.")
    private @Nullable Path client;

    @Option(names = "--local", description = "Solve the futures in this process, one after another.")
    private boolean local;

    @Option(names = "--out", required = true, paramLabel = "SWEEP", description = "Where to save the sweep: a .json or .xlsx file.")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SweepSettings settings = settings(err);
        if (settings == null) {
            return ExitCodes.INVALID_INPUT;
        }
        Scenario scenario = ScenarioInput.readValid(scenarioFile, err, "swept");
        if (scenario == null) {
            return ExitCodes.INVALID_INPUT;
        }
        if (scenario.uncertainty().isEmpty()) {
            err.println("sweep: " + scenarioFile + " has no uncertain inputs: add them on its Uncertainty sheet or in "
                    + "its JSON's \"uncertainty\" (docs/portfolio.md)");
            return ExitCodes.INVALID_INPUT;
        }
        Plan today = planFile != null ? ScenarioInput.readPlan(planFile, err) : solveToday(scenario, stdout);
        if (today == null) {
            return ExitCodes.INVALID_INPUT;
        }
        stdout.println("Sweeping " + settings.samples() + " futures of \"" + scenario.name() + "\" (" + settings.mode().label()
                + ", " + seconds + " s each, seed " + seed + ") ...");
        stdout.flush();
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread stopOnCtrlC = new Thread(() -> interrupted.set(true), "stop-sweep");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        SweepResult result;
        try (SweepEngines engine = engine(stdout)) {
            result = Sweep.run(scenario, today, scenario.uncertainty(), settings, engine.engine(),
                    (sample, finished, total) -> {
                        stdout.println(String.format(Locale.US, "  future %d/%d  cost $%,.0f  unplaced %,.0f%s  (%.1f s)",
                                finished, total, sample.totalCostUsd(), sample.unplacedDemand(),
                                sample.movedWorkloads().isEmpty() ? "" : "  moved " + sample.movedWorkloads().size(),
                                sample.solveSeconds()));
                        stdout.flush();
                    }, interrupted::get);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl+C: the hook has run; what finished is saved below.
            }
        }
        SweepSummary.print(result, stdout);
        try {
            if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                ExcelSweepWriter.write(result, out);
            } else {
                SweepJson.write(result, out);
            }
        } catch (ScenarioFileException e) {
            err.println("sweep: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        stdout.println("Sweep saved to " + out);
        return ExitCodes.OK;
    }

    private @Nullable SweepSettings settings(PrintWriter err) {
        try {
            if ((local ? 1 : 0) + (cluster != null ? 1 : 0) + (client != null ? 1 : 0) > 1) {
                throw new IllegalArgumentException("choose one of --local, --cluster and --client");
            }
            if (moves != null && moves < 1) {
                throw new IllegalArgumentException("--moves must be at least 1, got " + moves);
            }
            return new SweepSettings(samples, seed, SweepMode.parse(mode), seconds, moves);
        } catch (IllegalArgumentException e) {
            err.println("sweep: " + e.getMessage());
            return null;
        }
    }

    private Plan solveToday(Scenario scenario, PrintWriter stdout) throws InterruptedException {
        stdout.println("Solving today's plan for up to " + seconds + " s ...");
        stdout.flush();
        try (SolverService solver = new SolverService()) {
            return solver.start(new SolveRequest(scenario, null, Duration.ofMillis(Math.round(seconds * 1000)), null,
                    moves, seed), SolveListener.NONE).awaitPlan();
        }
    }

    /** The engine the options ask for. */
    private SweepEngines engine(PrintWriter stdout) throws IOException {
        SweepEngines engines = local ? SweepEngines.local() : client != null ? SweepEngines.client(client)
                : cluster != null ? SweepEngines.joining(cluster) : SweepEngines.embedded();
        if (!engines.joined().isEmpty()) {
            stdout.println(engines.joined());
        }
        return engines;
    }
}
