package com.capacityworkbench.app.cli;

import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.json.PurchasePlanJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.plan.Purchases;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import com.capacityworkbench.solver.purchase.PurchaseReading;
import com.capacityworkbench.solver.service.SolveListener;
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

/**
 * ./workbench buy SCENARIO: the cheapest purchase of the scenario's offers and build-outs that places its work (or
 * all it can, by priority), decided together with the placement, beside the best plan that buys nothing.
 */
@Command(name = "buy", mixinStandardHelpOptions = true,
        description = {"What to buy: the offers (whole blocks for a whole term) and build-out steps that place the",
            "scenario's work at least cost, decided together with the placement under every rule, compared with",
            "the best plan that buys nothing. Half the time goes to each. Exit codes as for solve."})
public final class BuyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.json or .xlsx) with offers or build-outs.")
    private Path scenarioFile;

    @CommandLine.Mixin
    private SolveBudget budget;

    @Option(names = "--out", paramLabel = "BUY.json",
            description = "Save what to buy, the plan that uses it and the figures without buying.")
    private @Nullable Path out;

    @Option(names = "--moves", paramLabel = "N",
            description = "Also stop each solve after N moves: the same answer for the same seed.")
    private @Nullable Long moves;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = SolveBudget.commandStartNanos();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!budget.check("buy", err)) {
            return ExitCodes.INVALID_INPUT;
        }
        if (out != null && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            err.println("buy: --out takes a .json file, got " + out);
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
        Scenario expanded = PurchasableCapacity.expand(scenario);
        Plan withoutBuying;
        Plan plan;
        try (SolverService service = new SolverService()) {
            Duration half = budget.timeLimit().dividedBy(2);
            withoutBuying = service.start(new SolveRequest(scenario, null, half, null, moves, budget.seed(), started),
                    SolveListener.NONE).awaitPlan();
            plan = service.start(new SolveRequest(expanded, null, budget.timeLimit(), null, moves, budget.seed(), started),
                    SolveListener.NONE).awaitPlan();
        }
        Purchases purchases = PurchaseReading.of(expanded, plan);
        PurchaseSummary.print(purchases, plan, withoutBuying,
                scenario.policies().firstRefusal() == FirstRefusalMode.STRICT, stdout);
        if (out != null) {
            try {
                PurchasePlanJson.write(new PurchasePlan(purchases, plan, withoutBuying.kpis()), out);
                stdout.println("Saved to " + out);
            } catch (ScenarioFileException e) {
                err.println("buy: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
        }
        return plan.isFeasible() ? ExitCodes.OK : ExitCodes.INFEASIBLE;
    }
}
