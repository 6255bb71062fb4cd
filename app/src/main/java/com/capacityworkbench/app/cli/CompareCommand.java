package com.capacityworkbench.app.cli;

import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.formats.excel.ExcelComparisonWriter;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.solver.compare.CompareListener;
import com.capacityworkbench.solver.compare.CompareOptions;
import com.capacityworkbench.solver.compare.VariantComparer;
import com.capacityworkbench.solver.service.SolverService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./workbench compare SCENARIO: solves the base and its what-if variants and compares them side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Solve a scenario's base and its variants and compare their KPIs and placements.",
            "Exit code 0 when every plan keeps every hard rule, 3 when one does not, 2 for bad input."})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file with variants (.json or .xlsx).")
    private Path scenarioFile;

    @Option(names = "--variants", split = ",", paramLabel = "ID", description = "Variants to compare (default: all).")
    private List<String> variantIds = List.of();

    @CommandLine.Mixin
    private SolveBudget budget;

    @Option(names = "--seeds", paramLabel = "N", description = "Solve each plan with up to N seeds (each for --seconds) "
            + "to show the solver's noise: the best plan is shown, each KPI's spread over the seeds is listed and a "
            + "difference within it is marked. A plan proven optimal is solved once. Default: as many as fit on the "
            + "cores the plans leave idle (up to 3), so comparing takes no longer.")
    private @Nullable Integer seeds;

    @Option(names = "--free", description = "Let every workload move in every variant (re-optimise from the base "
            + "plan); by default a variant keeps each base placement that still fits and that none of its changes "
            + "concerns, so the diff shows what the changes force or make worth moving.")
    private boolean free;

    @Option(names = "--out", paramLabel = "CMP.xlsx", description = "Save the comparison as an Excel workbook.")
    private @Nullable Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!budget.check("compare", err)) {
            return ExitCodes.INVALID_INPUT;
        }
        if (seeds != null && seeds < 1) {
            err.println("compare: --seeds must be at least 1, got " + seeds);
            return ExitCodes.INVALID_INPUT;
        }
        if (out != null && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println("compare: --out must name an .xlsx workbook, got " + out);
            return ExitCodes.INVALID_INPUT;
        }
        Scenario scenario = ScenarioInput.readValid(scenarioFile, err, "compared");
        if (scenario == null) {
            return ExitCodes.INVALID_INPUT;
        }
        List<String> known = scenario.variants().stream().map(Variant::id).toList();
        if (known.isEmpty()) {
            err.println(scenarioFile + ": has no variants to compare; add some in the app (Variants) or the file");
            return ExitCodes.INVALID_INPUT;
        }
        List<String> unknown = variantIds.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            err.println("compare: unknown variant(s) " + String.join(", ", unknown) + "; the file has "
                    + String.join(", ", known));
            return ExitCodes.INVALID_INPUT;
        }

        int plans = 1 + (variantIds.isEmpty() ? known.size() : variantIds.size());
        CompareOptions options = new CompareOptions(variantIds, budget.timeLimit(), budget.seed(),
                seeds != null ? seeds : CompareOptions.AUTO_SEEDS, !free,
                Runtime.getRuntime().availableProcessors(), null);
        stdout.println("Comparing " + plans + " plans of \"" + scenario.name() + "\", up to " + budget.seconds()
                + " s each" + seedsText(options, plans - 1) + ", " + options.parallelism() + " at a time ...");
        stdout.flush();
        Comparison comparison;
        try (SolverService service = new SolverService()) {
            comparison = new VariantComparer(service).start(scenario, options, CompareListener.silent()).await();
        }
        ComparisonSummary.print(comparison, stdout);
        if (out != null) {
            try {
                ExcelComparisonWriter.write(comparison, out);
                stdout.println("Comparison saved to " + out);
            } catch (ScenarioFileException e) {
                err.println(e.file() + ": cannot be written: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        stdout.flush();
        boolean allFeasible = comparison.columns().stream().allMatch(c -> c.plan().isFeasible());
        return allFeasible ? ExitCodes.OK : ExitCodes.INFEASIBLE;
    }

    /** ", seeds 0-1 for the base and 0 for each variant", ", seed 0": which solves the comparison runs. */
    private static String seedsText(CompareOptions options, int variants) {
        String base = seedRange(options, options.seedsFor(1));
        String each = seedRange(options, options.seedsFor(variants));
        return base.equals(each) ? ", " + plural(base) : ", " + plural(base) + " for the base and " + each
                + " for each variant";
    }

    private static String seedRange(CompareOptions options, int seeds) {
        return seeds == 1 ? Long.toString(options.seed()) : options.seed() + "-" + options.seedOf(seeds - 1);
    }

    private static String plural(String range) {
        return (range.contains("-") ? "seeds " : "seed ") + range;
    }
}
