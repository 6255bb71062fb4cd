package com.capacityworkbench.solver.buy;

import com.capacityworkbench.model.plan.BudgetPoint;
import com.capacityworkbench.model.plan.OneLess;
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
 * budgets spread evenly up to what the second commits: what each extra dollar of purchases places. Then each
 * purchase is taken away once and the plan re-solved (what it is worth), and what is not bought is explained. The
 * time: a quarter to buying nothing, a quarter to buying freely, the rest shared by the budgets and the re-solves;
 * each budget's solve starts from the plan that buys nothing, which every budget allows, and each re-solve from the
 * plan.
 */
public final class PurchaseQuestion {

    /** What each solve gets, and how many budgets lie between buying nothing and buying freely. */
    public record Settings(Duration timeLimit, @Nullable Long moveCountLimit, long seed, int budgets, long startNanos) {
    }

    private PurchaseQuestion() {
    }

    public static PurchasePlan answer(Scenario scenario, Settings settings) throws InterruptedException {
        Scenario expanded = PurchasableCapacity.expand(scenario);
        // A quarter of the time to buying nothing, a quarter to buying freely; the other half is shared by the
        // budgets and the re-solves of each purchase taken away (how many is known once the second plan is).
        Duration quarter = settings.timeLimit().dividedBy(4);
        try (SolverService service = new SolverService()) {
            Plan withoutBuying = solve(service, request(scenario, null, quarter, settings));
            Plan plan = solve(service, request(expanded, null, quarter.multipliedBy(2), settings));
            Purchases purchases = PurchaseReading.of(expanded, plan);
            List<FewerPurchases> fewer = FewerPurchases.of(scenario, purchases);
            int rest = Math.max(1, settings.budgets() + fewer.size());
            Duration each = settings.timeLimit().dividedBy(2).dividedBy(rest);
            Duration until = quarter.multipliedBy(2);
            List<BudgetPoint> curve = new ArrayList<>();
            if (settings.budgets() > 0) {
                curve.add(BudgetPoint.of(0, Purchases.NONE, withoutBuying.kpis()));
                for (int k = 1; k <= settings.budgets(); k++) {
                    double budget = purchases.totalUsd() * k / (settings.budgets() + 1);
                    until = until.plus(each);
                    Plan atBudget = solve(service, request(expanded, withoutBuying, until, settings)
                            .withPurchaseBudget(budget));
                    curve.add(BudgetPoint.of(budget, PurchaseReading.of(expanded, atBudget), atBudget.kpis()));
                }
                curve.add(BudgetPoint.of(purchases.totalUsd(), purchases, plan.kpis()));
            }
            List<OneLess> oneLess = new ArrayList<>();
            for (FewerPurchases one : fewer) {
                until = until.plus(each);
                Plan resolved = solve(service, request(PurchasableCapacity.expand(one.scenario()), plan, until, settings));
                oneLess.add(new OneLess(one.purchase(), one.what(),
                        resolved.kpis().totalCostUsd() - plan.kpis().totalCostUsd(),
                        resolved.kpis().totalUnplacedDemand() - plan.kpis().totalUnplacedDemand(),
                        resolved.kpis().firstRefusalElsewhere() - plan.kpis().firstRefusalElsewhere()));
            }
            return new PurchasePlan(purchases, plan, withoutBuying.kpis(), curve,
                    NotBoughtReasons.of(expanded, plan, purchases), oneLess, each.toMillis() / 1000.0);
        }
    }

    /** A solve that ends {@code until} after the question was asked. */
    private static SolveRequest request(Scenario scenario, @Nullable Plan warmStart, Duration until, Settings settings) {
        return new SolveRequest(scenario, warmStart, until, null, settings.moveCountLimit(), settings.seed(),
                settings.startNanos());
    }

    private static Plan solve(SolverService service, SolveRequest request) throws InterruptedException {
        return service.start(request, SolveListener.NONE).awaitPlan();
    }
}
