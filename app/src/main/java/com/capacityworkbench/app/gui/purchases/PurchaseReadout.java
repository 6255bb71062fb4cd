package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.service.LongWork;
import com.capacityworkbench.model.plan.BudgetPoint;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.plan.OneLess;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.plan.Purchases;
import java.util.Locale;

/** What the Purchases screen says about an answer, in the planner's words, worked out here so the view only shows it. */
public final class PurchaseReadout {

    private PurchaseReadout() {
    }

    /**
     * "Buy $6.86B: 5 offers and 1 build-out step. Against buying nothing it places 62,193 more reference accelerators
     * (5 workloads), brings 7 first-refusal workloads to the primary and costs $3.32B more in all ($6.76B → $10.07B)."
     */
    public static String summary(PurchasePlan answer) {
        Purchases bought = answer.purchases();
        Kpis without = answer.withoutBuying();
        Kpis with = answer.plan().kpis();
        if (bought.isEmpty()) {
            return "Buy nothing: the capacity the scenario has places the work at least cost ("
                    + Money.format(with.totalCostUsd()) + " in all).";
        }
        StringBuilder text = new StringBuilder("Buy ").append(Money.format(bought.totalUsd())).append(": ")
                .append(count(bought.offers().size(), "offer")).append(bought.buildOuts().isEmpty() ? ""
                        : " and " + count(bought.buildOuts().size(), "build-out step")).append(". Against buying nothing it ");
        double placed = without.totalUnplacedDemand() - with.totalUnplacedDemand();
        int workloads = without.unplacedWorkloads() - with.unplacedWorkloads();
        text.append(placed > 0.5 ? String.format(Locale.ROOT, "places %,.0f more reference accelerators (%s), ", placed,
                count(workloads, "workload")) : "places no more work, ");
        int toPrimary = without.firstRefusalElsewhere() - with.firstRefusalElsewhere();
        if (toPrimary != 0) {
            text.append(toPrimary > 0 ? "brings " + count(toPrimary, "first-refusal workload") + " to the primary, "
                    : "moves " + count(-toPrimary, "first-refusal workload") + " off the primary, ");
        }
        double delta = with.totalCostUsd() - without.totalCostUsd();
        text.append("and costs ").append(Money.format(Math.abs(delta))).append(delta >= 0 ? " more" : " less")
                .append(" in all (").append(Money.format(without.totalCostUsd())).append(" → ")
                .append(Money.format(with.totalCostUsd())).append(").");
        return text.toString();
    }

    /** A point of the curve on hover: what it commits, leaves unplaced and costs. */
    public static String point(BudgetPoint p, boolean first, boolean last) {
        String title = pointName(p, first, last);
        return String.format(Locale.ROOT, "%s%ncommits %s%nleaves %,.0f reference accelerators unplaced (%s)%n"
                        + "first-refusal workloads off the primary: %,d%ntotal cost %s%nClick to open its plan",
                title, Money.format(p.committedUsd()), p.unplacedDemand(), count(p.unplacedWorkloads(), "workload"),
                p.firstRefusalElsewhere(), Money.format(p.totalCostUsd()));
    }

    /** "Buying nothing", "Buying freely (the recommendation)" or "Budget $1.65B". */
    public static String pointName(BudgetPoint p, boolean first, boolean last) {
        return first ? "Buying nothing" : last ? "Buying freely (the recommendation)" : "Budget " + Money.format(p.budgetUsd());
    }

    /**
     * "2 blocks instead of 3: +$310M, unplaced +0"; a re-solve that looks better by these figures says why it is not
     * the answer ({@link OneLess#RANKED_LOWER}).
     */
    public static String worth(OneLess w) {
        String text = String.format(Locale.ROOT, "%s: cost %s%s, unplaced %+,.0f ref. accel., off primary %+d", w.what(),
                w.costDeltaUsd() >= 0 ? "+" : "−", Money.format(Math.abs(w.costDeltaUsd())), w.unplacedDelta(),
                w.offPrimaryDelta());
        return w.looksBetterWithout() ? text + " — " + OneLess.RANKED_LOWER : text;
    }

    /** "Solve 4 of 9: a budget of $1.65B · about 40 s left". */
    public static String progress(String what, int step, int steps, double secondsLeft) {
        return String.format(Locale.ROOT, "Solve %d of %d: %s · about %s left", step, steps, what,
                LongWork.duration(secondsLeft));
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
