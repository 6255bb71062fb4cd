package com.capacityworkbench.solver.buy;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.plan.BudgetPoint;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.plan.OneLess;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanQuality;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The planner's purchase question, answered by solves: the best plan that buys nothing, the best plan that may buy
 * (the cheapest purchase that places the work, or all it can by priority), and, when asked, plans between them at
 * budgets spread evenly up to what the second commits: what each extra dollar of purchases places. Then each
 * purchase is taken away once and the plan re-solved (what it is worth), and what is not bought is explained. The
 * time: a quarter to buying nothing, a quarter to buying freely, a quarter shared by the budgets and the rest by the
 * re-solves, largest purchase first, none begun that cannot end by the limit; each budget's solve starts from the
 * smaller budget's plan (the first from the plan that buys nothing), which it allows, and each re-solve from the plan.
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
            // The other half: the budgets share one quarter, the re-solves the rest (all of it without budgets).
            Duration each = settings.budgets() == 0 ? Duration.ZERO : quarter.dividedBy(settings.budgets());
            long deadline = settings.startNanos() + settings.timeLimit().toNanos();
            // A solve builds and explains the whole problem besides searching (about a second at 2,000 workloads):
            // the longest one so far says what the next may take, and one that would end past the limit is not begun.
            long longestWall = 0;
            int steps = 2 + settings.budgets() + fewer.size();
            int step = 2;
            List<BudgetPoint> curve = new ArrayList<>();
            List<Plan> budgetPlans = new ArrayList<>();
            double freely = purchases.totalUsd();
            if (settings.budgets() > 0) {
                curve.add(planned(listener, BudgetPoint.of(0, Purchases.NONE, withoutBuying.kpis()), withoutBuying, expanded));
                for (int k = 1; k <= settings.budgets() && !run.stopped(); k++) {
                    long begun = System.nanoTime();
                    if (!timeFor(settings, begun, deadline, longestWall)) {
                        break;
                    }
                    double budget = freely * k / (settings.budgets() + 1);
                    listener.solving("a budget of " + Money.format(budget), ++step, steps);
                    // From the last budget's plan, which this larger budget allows too: more budget never ends worse
                    // (from the plan that buys nothing, a bigger budget's solve was seen to place less than a smaller's).
                    Plan from = budgetPlans.isEmpty() ? withoutBuying : budgetPlans.getLast();
                    Plan atBudget = run.solve(service, request(expanded, from,
                            since(settings, begun).plus(share(each, begun, deadline)), settings).withPurchaseBudget(budget));
                    longestWall = Math.max(longestWall, System.nanoTime() - begun);
                    budgetPlans.add(atBudget);
                    curve.add(planned(listener, BudgetPoint.of(budget, PurchaseReading.of(expanded, atBudget),
                            atBudget.kpis()), atBudget, expanded));
                }
                // Buying freely allows every budget's plan: when a budget's solve found a better plan than the free
                // one's, that is the answer (the curve never shows a budget beating the recommendation).
                Plan best = better(expanded, plan, budgetPlans);
                if (best != plan) {
                    plan = adopted(expanded, best);
                    purchases = PurchaseReading.of(expanded, plan);
                    fewer = FewerPurchases.of(scenario, purchases);
                }
            }
            // The re-solves share what time is left, the largest purchases first: when the time runs out, the purchases
            // left without their worth are the smallest (198 re-solves of a 2,000-workload plan took four times the
            // limit when each was begun whatever the clock said). A re-solve without a purchase is a plan buying freely
            // allows too: when it is better, it is the answer, and the worth of its own purchases is re-solved from it
            // in the time left (a recommendation never buys what its own figures say is better not bought).
            Deque<FewerPurchases> toResolve = largestFirst(fewer);
            steps = 2 + settings.budgets() + toResolve.size();
            step = 2 + settings.budgets();
            Duration resolve = evenShare(toResolve.size(), deadline);
            List<OneLess> oneLess = new ArrayList<>();
            Plan beforeResolves = plan;
            BendableScore planScore = PlanEvaluator.score(expanded, plan.assignments());
            while (!toResolve.isEmpty()) {
                FewerPurchases one = toResolve.poll();
                long begun = System.nanoTime();
                if (run.stopped() || !timeFor(settings, begun, deadline, longestWall)) {
                    break;
                }
                listener.solving(one.purchase() + ", " + one.what(), ++step, steps);
                Plan resolved = run.solve(service, request(PurchasableCapacity.expand(one.scenario()), plan,
                        since(settings, begun).plus(share(resolve, begun, deadline)), settings));
                BendableScore resolvedScore = PlanEvaluator.score(expanded, resolved.assignments());
                boolean better = resolvedScore.compareTo(planScore) > 0;
                if (better) {
                    // Evaluated as buying freely reads it once, at the end: at 2,000 workloads that takes seconds.
                    plan = resolved;
                    planScore = resolvedScore;
                    purchases = PurchaseReading.of(expanded, plan);
                    toResolve = largestFirst(FewerPurchases.of(scenario, purchases));
                    steps = step + toResolve.size();
                    resolve = evenShare(toResolve.size(), deadline);
                    oneLess.clear();
                } else {
                    oneLess.add(new OneLess(one.purchase(), one.what(),
                            resolved.kpis().totalCostUsd() - plan.kpis().totalCostUsd(),
                            resolved.kpis().totalUnplacedDemand() - plan.kpis().totalUnplacedDemand(),
                            resolved.kpis().firstRefusalElsewhere() - plan.kpis().firstRefusalElsewhere()));
                }
                // Scoring (and taking) the plan is part of what a re-solve costs the time limit.
                longestWall = Math.max(longestWall, System.nanoTime() - begun);
            }
            if (plan != beforeResolves) {
                plan = adopted(expanded, plan);
            }
            if (settings.budgets() > 0) {
                curve.add(planned(listener, BudgetPoint.of(freely, purchases, plan.kpis()), plan, expanded));
            }
            return new PurchasePlan(purchases, plan, withoutBuying.kpis(), curve,
                    NotBoughtReasons.of(expanded, plan, purchases), oneLess, resolve.toMillis() / 1000.0);
        }
    }

    /** Each of {@code count} solves' share of the time left until the deadline. */
    private static Duration evenShare(int count, long deadline) {
        return count == 0 ? Duration.ZERO : Duration.ofNanos(Math.max(0, deadline - System.nanoTime())).dividedBy(count);
    }

    /**
     * Whether a solve begun now ends by the deadline, if it takes as long as the longest so far did. With a move limit
     * every solve is made: the limit asks for the same answer on any machine, which skipping by the clock would break.
     */
    private static boolean timeFor(Settings settings, long now, long deadline, long longestWall) {
        long left = deadline - now;
        return settings.moveCountLimit() != null || left > 0 && left >= longestWall;
    }

    /** A solve's share of the time, no later than the deadline. */
    private static Duration share(Duration share, long now, long deadline) {
        return Duration.ofNanos(Math.min(share.toNanos(), Math.max(0, deadline - now)));
    }

    /** How long after the question was asked {@code nanos} (a System.nanoTime reading) is. */
    private static Duration since(Settings settings, long nanos) {
        return Duration.ofNanos(nanos - settings.startNanos());
    }

    /** The purchases to re-solve, the largest commitment (or capex) first. */
    private static Deque<FewerPurchases> largestFirst(List<FewerPurchases> fewer) {
        return fewer.stream().sorted(Comparator.comparingDouble(FewerPurchases::committedUsd).reversed())
                .collect(Collectors.toCollection(ArrayDeque::new));
    }

    /**
     * A plan solved under narrower terms (a budget, or a purchase taken away) as the answer to buying freely: its
     * figures and explanations as buying freely reads them, and its solve's levels without their bounds, which
     * bounded the narrower problem only.
     */
    private static Plan adopted(Scenario expanded, Plan narrower) {
        PlanQuality quality = narrower.quality();
        return PlanEvaluator.evaluate(expanded, narrower.assignments())
                .withQuality(quality == null ? null : quality.withoutBounds());
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

    /**
     * A solve that ends {@code until} after the question was asked; with a move limit, by its moves, and the time
     * limit only as a net of its own from now: a share of the clock would end a solve by time on a slower machine,
     * or once the solves before it had run late, and the same seed would not give the same answer.
     */
    private static SolveRequest request(Scenario scenario, @Nullable Plan warmStart, Duration until, Settings settings) {
        Duration end = settings.moveCountLimit() == null ? until
                : since(settings, System.nanoTime()).plus(settings.timeLimit());
        return new SolveRequest(scenario, warmStart, end, null, settings.moveCountLimit(), settings.seed(),
                settings.startNanos());
    }
}
