package com.capacityworkbench.solver.buy;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.plan.BudgetPoint;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.plan.OneLess;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.plan.Purchases;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import com.capacityworkbench.solver.purchase.PurchaseReading;
import com.capacityworkbench.solver.service.SolveJob;
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

    /** Hears how the question goes, on the thread that answers it. */
    public interface Listener {

        Listener NONE = new Listener() {
        };

        /**
         * A solve begins: what it is for ("buying nothing", "a budget of $1.2B", "offer x, 2 blocks instead of 3"), its
         * place among the solves and how many there are (known once the plan that buys freely is: until then the
         * count assumes nothing to take away).
         */
        default void solving(String what, int step, int steps) {
        }

        /** A point of the budget curve and its plan, a plan of {@code expanded} (the scenario with what may be bought). */
        default void planned(BudgetPoint point, Plan plan, Scenario expanded) {
        }
    }

    /**
     * One answer under way. Stopping it ends the solve running then with its best plan and skips the solves after
     * it: the answer then holds what was solved (the two plans always, fewer budgets and re-solves).
     */
    public static final class Run {

        private volatile boolean stopped;
        private volatile @Nullable SolveJob current;

        public void stop() {
            stopped = true;
            SolveJob job = current;
            if (job != null) {
                job.stop();
            }
        }

        public boolean stopped() {
            return stopped;
        }

        private Plan solve(SolverService service, SolveRequest request) throws InterruptedException {
            SolveJob job = service.start(request, SolveListener.NONE);
            current = job;
            if (stopped) {
                job.stop();
            }
            try {
                return job.awaitPlan();
            } finally {
                current = null;
            }
        }
    }

    private PurchaseQuestion() {
    }

    public static PurchasePlan answer(Scenario scenario, Settings settings) throws InterruptedException {
        return answer(scenario, settings, Listener.NONE, new Run());
    }

    public static PurchasePlan answer(Scenario scenario, Settings settings, Listener listener, Run run)
            throws InterruptedException {
        Scenario expanded = PurchasableCapacity.expand(scenario);
        // A quarter of the time to buying nothing, a quarter to buying freely; the other half is shared by the
        // budgets and the re-solves of each purchase taken away (how many is known once the second plan is).
        Duration quarter = settings.timeLimit().dividedBy(4);
        try (SolverService service = new SolverService()) {
            listener.solving("buying nothing", 1, 2 + settings.budgets());
            Plan withoutBuying = run.solve(service, request(scenario, null, quarter, settings));
            listener.solving("buying freely", 2, 2 + settings.budgets());
            Plan plan = run.solve(service, request(expanded, null, quarter.multipliedBy(2), settings));
            Purchases purchases = PurchaseReading.of(expanded, plan);
            List<FewerPurchases> fewer = FewerPurchases.of(scenario, purchases);
            int steps = 2 + settings.budgets() + fewer.size();
            Duration each = settings.timeLimit().dividedBy(2).dividedBy(Math.max(1, settings.budgets() + fewer.size()));
            Duration until = quarter.multipliedBy(2);
            int step = 2;
            List<BudgetPoint> curve = new ArrayList<>();
            List<Plan> budgetPlans = new ArrayList<>();
            if (settings.budgets() > 0) {
                curve.add(planned(listener, BudgetPoint.of(0, Purchases.NONE, withoutBuying.kpis()), withoutBuying, expanded));
                double freely = purchases.totalUsd();
                for (int k = 1; k <= settings.budgets() && !run.stopped(); k++) {
                    double budget = freely * k / (settings.budgets() + 1);
                    until = until.plus(each);
                    listener.solving("a budget of " + Money.format(budget), ++step, steps);
                    Plan atBudget = run.solve(service, request(expanded, withoutBuying, until, settings)
                            .withPurchaseBudget(budget));
                    budgetPlans.add(atBudget);
                    curve.add(planned(listener, BudgetPoint.of(budget, PurchaseReading.of(expanded, atBudget),
                            atBudget.kpis()), atBudget, expanded));
                }
                // Buying freely allows every budget's plan: when a budget's solve found a better plan than the free
                // one's, that is the answer (the curve never shows a budget beating the recommendation).
                Plan best = better(expanded, plan, budgetPlans);
                if (best != plan) {
                    plan = best;
                    purchases = PurchaseReading.of(expanded, plan);
                    fewer = FewerPurchases.of(scenario, purchases);
                }
                curve.add(planned(listener, BudgetPoint.of(freely, purchases, plan.kpis()), plan, expanded));
            }
            // The re-solves share what time is left.
            steps = 2 + settings.budgets() + fewer.size();
            step = 2 + settings.budgets();
            Duration left = settings.timeLimit().minus(until);
            Duration resolve = fewer.isEmpty() ? each : left.dividedBy(fewer.size());
            List<OneLess> oneLess = new ArrayList<>();
            for (FewerPurchases one : fewer) {
                if (run.stopped()) {
                    break;
                }
                until = until.plus(resolve);
                listener.solving(one.purchase() + ", " + one.what(), ++step, steps);
                Plan resolved = run.solve(service, request(PurchasableCapacity.expand(one.scenario()), plan, until, settings));
                oneLess.add(new OneLess(one.purchase(), one.what(),
                        resolved.kpis().totalCostUsd() - plan.kpis().totalCostUsd(),
                        resolved.kpis().totalUnplacedDemand() - plan.kpis().totalUnplacedDemand(),
                        resolved.kpis().firstRefusalElsewhere() - plan.kpis().firstRefusalElsewhere()));
            }
            return new PurchasePlan(purchases, plan, withoutBuying.kpis(), curve,
                    NotBoughtReasons.of(expanded, plan, purchases), oneLess, resolve.toMillis() / 1000.0);
        }
    }

    /** The best of the free plan and the budgets' plans, scored as buying freely scores them (ties keep the free one). */
    static Plan better(Scenario expanded, Plan free, List<Plan> budgetPlans) {
        Plan best = free;
        BendableScore bestScore = PlanEvaluator.score(expanded, free.assignments());
        for (Plan candidate : budgetPlans) {
            BendableScore score = PlanEvaluator.score(expanded, candidate.assignments());
            if (score.compareTo(bestScore) > 0) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static BudgetPoint planned(Listener listener, BudgetPoint point, Plan plan, Scenario expanded) {
        listener.planned(point, plan, expanded);
        return point;
    }

    /** A solve that ends {@code until} after the question was asked. */
    private static SolveRequest request(Scenario scenario, @Nullable Plan warmStart, Duration until, Settings settings) {
        return new SolveRequest(scenario, warmStart, until, null, settings.moveCountLimit(), settings.seed(),
                settings.startNanos());
    }
}
