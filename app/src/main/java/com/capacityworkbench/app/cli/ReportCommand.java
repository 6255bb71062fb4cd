package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.gui.fx.FxThread;
import com.capacityworkbench.app.gui.report.PlanPictureRenderer;
import com.capacityworkbench.app.report.PlanDeck;
import com.capacityworkbench.app.report.PlanPictures;
import com.capacityworkbench.app.report.ReportContent;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.compare.CompareListener;
import com.capacityworkbench.solver.compare.CompareOptions;
import com.capacityworkbench.solver.compare.VariantComparer;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** ./workbench report SCENARIO --out DECK.pptx: the planner's PowerPoint deck of a plan and its what-ifs. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a PowerPoint deck of a scenario's plan with native, editable charts: summary, cost, "
                + "capacity, power, first refusal, unplaced work, the flow and the map, and with --compare the "
                + "variants' KPIs and moves, with --sweep the futures (fan chart, histogram, tornado, risks).",
            "Solves the scenario first (as solve does) unless --plan gives its plan.",
            "Exit code 0 when the deck is written, 2 for bad input (scenario, plan or options), 1 when it cannot "
                + "be written, 4 when memory ran short while solving."})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.json or .xlsx).")
    private Path scenarioFile;

    @Option(names = "--plan", paramLabel = "PLAN.json", description = "The plan to present (as solve --out wrote "
            + "it); default: solve the scenario now.")
    private @Nullable Path planFile;

    @Option(names = "--compare", description = "Also solve and compare the scenario's variants (as compare does) and "
            + "add their KPI table and moves.")
    private boolean compare;

    @Option(names = "--sweep", paramLabel = "SWEEP.json", description = "A sweep of the scenario's futures (as "
            + "sweep --out wrote it): adds the fan chart, the histogram, the tornado and the risks.")
    private @Nullable Path sweepFile;

    @CommandLine.Mixin
    private SolveBudget budget;

    @Option(names = "--out", required = true, paramLabel = "DECK.pptx", description = "The deck to write.")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = SolveBudget.commandStartNanos();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!budget.check("report", err)) {
            return ExitCodes.INVALID_INPUT;
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx")) {
            err.println("report: --out must name a .pptx deck, got " + out);
            return ExitCodes.INVALID_INPUT;
        }
        Scenario scenario = ScenarioInput.readValid(scenarioFile, err, "reported");
        if (scenario == null) {
            return ExitCodes.INVALID_INPUT;
        }
        if (compare && scenario.variants().isEmpty()) {
            err.println(scenarioFile + ": has no variants to compare; leave out --compare or add variants");
            return ExitCodes.INVALID_INPUT;
        }
        SweepResult sweep = null;
        if (sweepFile != null) {
            sweep = SweepInput.read(sweepFile, scenario, err);
            if (sweep == null) {
                return ExitCodes.INVALID_INPUT;
            }
        }
        Plan given = null;
        if (planFile != null) {
            given = ScenarioInput.readPlan(planFile, err);
            if (given == null) {
                return ExitCodes.INVALID_INPUT;
            }
            String mismatch = PlanMatch.mismatch(given, scenario);
            if (mismatch != null) {
                err.println(planFile + ": " + mismatch + System.lineSeparator()
                        + "  Maybe solve the scenario again: ./workbench solve " + scenarioFile + " --out PLAN.json");
                return ExitCodes.INVALID_INPUT;
            }
        }
        Plan plan;
        Comparison comparison = null;
        try (SolverService service = new SolverService()) {
            if (compare) {
                stdout.println("Comparing the variants of \"" + scenario.name() + "\", up to " + budget.seconds()
                        + " s per plan ...");
                stdout.flush();
                CompareOptions options = new CompareOptions(List.of(), budget.timeLimit(), budget.seed(),
                        CompareOptions.AUTO_SEEDS, true, Runtime.getRuntime().availableProcessors(), given);
                comparison = new VariantComparer(service).start(scenario, options, CompareListener.silent()).await();
                plan = given != null ? given : comparison.columns().getFirst().plan();
            } else if (given != null) {
                plan = given;
            } else {
                stdout.println("Solving \"" + scenario.name() + "\" for up to " + budget.seconds() + " s ...");
                stdout.flush();
                plan = service.start(new SolveRequest(scenario, null, budget.timeLimit(), null, null, budget.seed(),
                        started), new SolveCommand.ProgressPrinter(stdout)).awaitPlan();
            }
        } catch (IllegalStateException e) {
            err.println("report: " + (e.getCause() instanceof OutOfMemoryError
                    ? MemoryShortMessage.ranOut(e.getCause().getMessage()) : e.getMessage()));
            return e.getCause() instanceof OutOfMemoryError ? ExitCodes.MEMORY_SHORT : ExitCodes.FAILURE;
        }
        String source = planFile != null ? planFile.getFileName().toString()
                : "solved for up to " + budget.seconds() + " s, seed " + budget.seed();
        ReportContent content = new ReportContent(scenario, plan, comparison, sweep, pictures(scenario, plan, err),
                LocalDate.now(), source);
        try {
            PlanDeck.write(content, out, PlanDeck.Progress.NONE);
        } catch (ScenarioFileException e) {
            err.println(e.file() + ": cannot be written: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        stdout.println("Deck saved to " + out);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** The flow and the map, drawn off-screen by JavaFX; null (their slides left out) when JavaFX cannot start. */
    private static @Nullable PlanPictures pictures(Scenario scenario, Plan plan, PrintWriter err) {
        try {
            FxThread.startToolkit();
            return FxThread.call(() -> PlanPictureRenderer.draw(scenario, plan));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (RuntimeException | LinkageError e) {
            // No usable graphics here (e.g. JavaFX's natives cannot load): the deck is still worth having.
            err.println("report: the flow and map slides are left out: JavaFX could not draw them (" + e + ")");
            return null;
        }
    }
}
