package com.capacityworkbench.solver.buy;

import com.capacityworkbench.model.plan.BudgetPoint;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.plan.Purchases;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import com.capacityworkbench.solver.purchase.PurchaseReading;
import com.capacityworkbench.solver.service.SolveListener;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.service.SolverService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The planner's purchase question, answered by solves: the best plan that buys nothing, the best plan that may buy
 * (the cheapest purchase that places the work, or all it can by priority), and, when asked, plans between them at
 * budgets spread evenly up to what the second commits: what each extra dollar of purchases places. The time is
 * shared equally; each budget's solve starts from the plan that buys nothing, which every budget allows.
 */
public final class PurchaseQuestion {

    /** What each solve gets, and how many budgets lie between buying nothing and buying freely. */
    public record Settings(Duration timeLimit, @Nullable Long moveCountLimit, long seed, int budgets, long startNanos) {
    }

    private PurchaseQuestion() {
    }

    public static PurchasePlan answer(Scenario scenario, Settings settings) throws InterruptedException {
        Scenario expanded = PurchasableCapacity.expand(scenario);
        int solves = 2 + settings.budgets();
        Duration each = settings.timeLimit().dividedBy(solves);
        try (SolverService service = new SolverService()) {
            Plan withoutBuying = solve(service, new SolveRequest(scenario, null, each, null, settings.moveCountLimit(),
                    settings.seed(), settings.startNanos()));
            Plan plan = solve(service, new SolveRequest(expanded, null, each.multipliedBy(2), null,
                    settings.moveCountLimit(), settings.seed(), settings.startNanos()));
            Purchases purchases = PurchaseReading.of(expanded, plan);
            List<BudgetPoint> curve = new ArrayList<>();
            if (settings.budgets() > 0) {
                curve.add(BudgetPoint.of(0, Purchases.NONE, withoutBuying.kpis()));
                for (int k = 1; k <= settings.budgets(); k++) {
                    double budget = purchases.totalUsd() * k / (settings.budgets() + 1);
                    Plan atBudget = solve(service, new SolveRequest(expanded, withoutBuying, each.multipliedBy(2 + k),
                            null, settings.moveCountLimit(), settings.seed(), settings.startNanos())
                            .withPurchaseBudget(budget));
                    curve.add(BudgetPoint.of(budget, PurchaseReading.of(expanded, atBudget), atBudget.kpis()));
                }
                curve.add(BudgetPoint.of(purchases.totalUsd(), purchases, plan.kpis()));
            }
            return new PurchasePlan(purchases, plan, withoutBuying.kpis(), curve);
        }
    }

    private static Plan solve(SolverService service, SolveRequest request) throws InterruptedException {
        return service.start(request, SolveListener.NONE).awaitPlan();
    }
}
