package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.quality.LevelFormat;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.service.SolveJob;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveOutcome;
import com.capacityworkbench.solver.service.SolveProgress;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./workbench solve SCENARIO: places the workloads, prints a short summary, optionally saves the plan. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Solve a scenario: place every workload on a pool under the placement rules.",
            "Exit code 0 when every hard rule holds, 3 when the best plan found still breaks one, 2 for bad input "
                + "or a plan file that cannot be written (a .xlsx plan is saved as .json beside it first), 4 when "
                + "memory ran short (the best plan found before is printed and saved)."})
public final class SolveCommand implements Callable<Integer> {

    private static final long WRITING_BASE_MS = 200;
    private static final long SHARDS_PER_WRITING_MS = 10;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.json or .xlsx).")
    private Path scenarioFile;

    @CommandLine.Mixin
    private SolveBudget budget;

    @Option(names = "--out", paramLabel = "PLAN",
            description = "Save the plan to PLAN, a .json or .xlsx file (assignments, KPIs, explanations); .xlsx adds charts and the scenario's sheets "
                + "and first saves the full plan as .json beside it, so a failed export loses nothing.")
    private @Nullable Path out;

    @Option(names = "--from", paramLabel = "PLAN.json", description = "Start from this plan; its pinned shards stay put.")
    private @Nullable Path from;

    @CommandLine.Mixin
    private MoveLimit moveLimit;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = SolveBudget.commandStartNanos();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!budget.check("solve", err) || !moveLimit.check("solve", err)) {
            return ExitCodes.INVALID_INPUT;
        }
        Scenario scenario = ScenarioInput.readValid(scenarioFile, err, "solved");
        if (scenario == null) {
            return ExitCodes.INVALID_INPUT;
        }
        Plan warmStart = null;
        if (from != null) {
            warmStart = ScenarioInput.readPlan(from, err);
            if (warmStart == null) {
                return ExitCodes.INVALID_INPUT;
            }
        }

        stdout.println("Solving \"" + scenario.name() + "\" for up to " + budget.seconds() + " s ...");
        stdout.flush();
        Plan plan;
        ProgressPrinter progress = new ProgressPrinter(stdout);
        try (SolverService service = new SolverService()) {
            SolveJob job = service.start(new SolveRequest(scenario, warmStart,
                            budget.timeLimit().minus(writingTime(scenario)), null, moveLimit.moves(), budget.seed(), started),
                    progress);
            plan = job.awaitPlan();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                err.println("solve: " + MemoryShortMessage.ranOut(e.getCause().getMessage()));
                return ExitCodes.MEMORY_SHORT;
            }
            err.println("solve: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        PlanSummary.print(plan, stdout);
        if (out != null && !PlanOutput.save(scenario, plan, out, stdout, err)) {
            return ExitCodes.INVALID_INPUT;
        }
        if (progress.outcome == SolveOutcome.MEMORY_SHORT) {
            err.println("solve: " + MemoryShortMessage.stoppedEarly());
            return ExitCodes.MEMORY_SHORT;
        }
        return plan.isFeasible() ? ExitCodes.OK : ExitCodes.INFEASIBLE;
    }

    /**
     * What writing the plan file takes, kept out of the solve so the command ends within {@code --seconds}: a JSON
     * plan of 15,000 shards took 0.6–1.1 s. A workbook takes longer at that size (6–8 s, streamed), which is not
     * reserved: its JSON copy is written first, within the time.
     */
    private Duration writingTime(Scenario scenario) {
        if (out == null) {
            return Duration.ZERO;
        }
        long shards = scenario.workloads().stream().mapToLong(w -> w.shardCount()).sum();
        return Duration.ofMillis(WRITING_BASE_MS + shards / SHARDS_PER_WRITING_MS);
    }

    /** One line every ten seconds so a long solve shows it is alive and how good its best plan is, level by level. */
    static final class ProgressPrinter implements SolveListener {
        private static final long EVERY_MS = 10_000;
        private final PrintWriter out;
        private long lastMs;
        private boolean firstPlanSaid;
        private volatile @Nullable SolveOutcome outcome;

        ProgressPrinter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void onProgress(SolveProgress progress) {
            long ms = progress.elapsed().toMillis();
            if (!firstPlanSaid && progress.feasible() && !progress.levels().isEmpty()) {
                // On a large scenario the first usable plan is worth knowing before the next ten-second line.
                firstPlanSaid = true;
                out.println(String.format(Locale.US, "  %5.1f s  first plan that keeps every hard rule", ms / 1000.0));
                out.flush();
            }
            if (ms - lastMs >= EVERY_MS) {
                lastMs = ms;
                out.println(line(progress));
                out.flush();
            }
        }

        /** "   20 s  65,000 moves/s  Unplaced demand 0 ref accel × priority, proven optimal · Cost $4.98B, within …". */
        static String line(SolveProgress progress) {
            String levels = progress.levels().isEmpty() ? "no plan yet" : LevelFormat.inLine(progress.levels());
            return String.format(Locale.US, "  %3d s  %,d moves/s%s  %s", progress.elapsed().toSeconds(),
                    progress.movesPerSecond(), progress.feasible() ? "" : "  (a hard rule is still broken)", levels);
        }

        @Override
        public void onBestPlan(Plan plan) {
        }

        @Override
        public void onFinished(Plan plan, SolveOutcome outcome, @Nullable Throwable error) {
            this.outcome = outcome;
        }
    }
}
