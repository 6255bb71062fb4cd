package com.capacityworkbench.app.cli;

import com.capacityworkbench.formats.excel.ExcelPurchaseWriter;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.json.PurchasePlanJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.buy.PurchaseQuestion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ./workbench buy SCENARIO: the cheapest purchase of the scenario's offers and build-outs that places its work (or
 * all it can, by priority), decided together with the placement, beside the best plan that buys nothing.
 */
@Command(name = "buy", mixinStandardHelpOptions = true,
        description = {"What to buy: the offers (whole blocks for a whole term) and build-out steps that place the "
                + "scenario's work at least cost, decided together with the placement under every rule, compared with "
                + "the best plan that buys nothing, and with --curve the plans between.",
            "Exit codes as for solve."})
public final class BuyCommand implements Callable<Integer> {

    private static final int MAX_BUDGETS = 20;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.json or .xlsx) with offers or build-outs.")
    private Path scenarioFile;

    @CommandLine.Mixin
    private SolveBudget budget;

    @Option(names = "--out", paramLabel = "BUY.json|BUY.xlsx",
            description = "Save what to buy, the plan that uses it, the figures without buying, the curve, the worth "
                + "of each purchase and why the rest is not bought; .xlsx adds the commitments' timeline and the curve "
                + "as native charts, after saving the full answer as JSON beside it.")
    private @Nullable Path out;

    @Option(names = "--curve", paramLabel = "K", defaultValue = "0",
            description = "Also solve at K budgets spread evenly between buying nothing and buying freely: what each "
                + "extra dollar of purchases places (default: ${DEFAULT-VALUE}). A quarter of the time goes to buying "
                + "nothing, a quarter to buying freely; the budgets and the re-solves of each purchase share the rest.")
    private int budgets;

    @CommandLine.Mixin
    private MoveLimit moveLimit;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = SolveBudget.commandStartNanos();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!budget.check("buy", err) || !moveLimit.check("buy", err)) {
            return ExitCodes.INVALID_INPUT;
        }
        if (budgets < 0 || budgets > MAX_BUDGETS) {
            err.println("buy: --curve takes 0 to " + MAX_BUDGETS + " budgets, got " + budgets);
            return ExitCodes.INVALID_INPUT;
        }
        if (out != null && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                && !PlanOutput.isWorkbook(out)) {
            err.println("buy: --out takes a .json or .xlsx file, got " + out);
            return ExitCodes.INVALID_INPUT;
        }
        Scenario scenario = ScenarioInput.readValid(scenarioFile, err, "bought");
        if (scenario == null) {
            return ExitCodes.INVALID_INPUT;
        }
        if (scenario.purchaseOptions().offers().isEmpty() && scenario.purchaseOptions().buildOuts().isEmpty()) {
            err.println("buy: " + scenarioFile + " has nothing to buy: add offers or build-outs (the Offers and "
                    + "Build-outs sheets, or \"purchaseOptions\" in the JSON)");
            return ExitCodes.INVALID_INPUT;
        }
        stdout.println("Buying for \"" + scenario.name() + "\" for up to " + budget.seconds() + " s ...");
        stdout.flush();
        PurchasePlan answer = PurchaseQuestion.answer(scenario,
                new PurchaseQuestion.Settings(budget.timeLimit(), moveLimit.moves(), budget.seed(), budgets, started));
        PurchaseSummary.print(answer, scenario.policies().firstRefusal() == FirstRefusalMode.STRICT, stdout);
        if (out != null && !save(answer, stdout, err)) {
            return ExitCodes.INVALID_INPUT;
        }
        Plan plan = answer.plan();
        return plan.isFeasible() ? ExitCodes.OK : ExitCodes.INFEASIBLE;
    }

    /** A workbook after its full JSON copy beside it, so a failed export loses nothing; false when either fails. */
    private boolean save(PurchasePlan answer, PrintWriter stdout, PrintWriter err) {
        Path json = PlanOutput.isWorkbook(out) ? PlanOutput.jsonBeside(out) : out;
        try {
            PurchasePlanJson.write(answer, json);
            stdout.println("Saved to " + json);
            if (json != out) {
                ExcelPurchaseWriter.write(answer, out);
                stdout.println("Saved to " + out);
            }
            return true;
        } catch (ScenarioFileException e) {
            err.println("buy: " + e.getMessage());
            return false;
        }
    }
}
