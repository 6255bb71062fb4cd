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
 * time is shared in equal parts; each budget's solve starts from the plan that buys nothing, which every budget
 * allows, and each re-solve from the plan.
 */
public final class PurchaseQuestion {

    /** What each solve gets, and how many budgets lie between buying nothing and buying freely. */
    public record Settings(Duration timeLimit, @Nullable Long moveCountLimit, long seed, int budgets, long startNanos) {
    }

    private PurchaseQuestion() {
    }

    public static PurchasePlan answer(Scenario scenario, Settings settings) throws InterruptedException {
        Scenario expanded = PurchasableCapacity.expand(scenario);
        // Equal parts: buying nothing, buying freely, each budget, and one part shared by the one-less re-solves.
        Duration part = settings.timeLimit().dividedBy(3 + settings.budgets());
        try (SolverService service = new SolverService()) {
            Plan withoutBuying = solve(service, request(scenario, null, part, settings));
            Plan plan = solve(service, request(expanded, null, part.multipliedBy(2), settings));
            Purchases purchases = PurchaseReading.of(expanded, plan);
            List<BudgetPoint> curve = new ArrayList<>();
            if (settings.budgets() > 0) {
                curve.add(BudgetPoint.of(0, Purchases.NONE, withoutBuying.kpis()));
                for (int k = 1; k <= settings.budgets(); k++) {
                    double budget = purchases.totalUsd() * k / (settings.budgets() + 1);
                    Plan atBudget = solve(service, request(expanded, withoutBuying, part.multipliedBy(2 + k), settings)
                            .withPurchaseBudget(budget));
                    curve.add(BudgetPoint.of(budget, PurchaseReading.of(expanded, atBudget), atBudget.kpis()));
                }
                curve.add(BudgetPoint.of(purchases.totalUsd(), purchases, plan.kpis()));
            }
            List<OneLess> oneLess = oneLess(service, scenario, plan, purchases,
                    part.multipliedBy(2 + settings.budgets()), part, settings);
            return new PurchasePlan(purchases, plan, withoutBuying.kpis(), curve,
                    NotBoughtReasons.of(expanded, plan, purchases), oneLess);
        }
    }

    /**
     * Each purchase taken away once, re-solved from the plan: one block less of an offer (the offer left out when
     * that is below its minimum), a build-out step not made. What it would cost is what the purchase is worth.
     */
    private static List<OneLess> oneLess(SolverService service, Scenario scenario, Plan plan, Purchases purchases,
            Duration before, Duration share, Settings settings) throws InterruptedException {
        List<FewerPurchases> cases = FewerPurchases.of(scenario, purchases);
        List<OneLess> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            FewerPurchases fewer = cases.get(i);
            Duration until = before.plus(share.multipliedBy(i + 1).dividedBy(cases.size()));
            Plan resolved = solve(service, request(PurchasableCapacity.expand(fewer.scenario()), plan, until, settings));
            results.add(new OneLess(fewer.purchase(), fewer.what(),
                    resolved.kpis().totalCostUsd() - plan.kpis().totalCostUsd(),
                    unplaced(resolved) - unplaced(plan),
                    resolved.kpis().firstRefusalElsewhere() - plan.kpis().firstRefusalElsewhere()));
        }
        return results;
    }

    private static double unplaced(Plan plan) {
        return plan.kpis().unplacedDemandByPriority().values().stream().mapToDouble(Double::doubleValue).sum();
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
