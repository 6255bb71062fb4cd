package com.capacityworkbench.app.cli;

import com.capacityworkbench.model.plan.BudgetPoint;
import com.capacityworkbench.model.plan.BuildOutTaken;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.plan.OfferTaken;
import com.capacityworkbench.model.plan.OneLess;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.plan.Purchases;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** What {@code buy} prints: each purchase, then what buying changes against the plan that buys nothing. */
final class PurchaseSummary {

    private PurchaseSummary() {
    }

    static void print(PurchasePlan answer, boolean strict, PrintWriter out) {
        Purchases purchases = answer.purchases();
        Plan plan = answer.plan();
        out.println("What to buy (" + Money.format(purchases.totalUsd()) + " committed):");
        if (purchases.isEmpty()) {
            out.println("  nothing: the capacity the scenario has places the work at least cost");
        }
        for (OfferTaken o : purchases.offers()) {
            double peak = o.busiestUse();
            out.println(String.format(Locale.US, "  offer %s (%s at %s): %,d block%s, %,d %s, %s … %s, %s; busiest period %.0f %% used; serves %s",
                    o.offer(), o.provider(), o.site(), o.blocks(), o.blocks() == 1 ? "" : "s", o.accelerators(),
                    o.accelerator(), o.from(), o.to(), Money.format(o.committedUsd()), 100 * peak,
                    String.join(", ", o.workloads())));
        }
        for (BuildOutTaken b : purchases.buildOuts()) {
            out.println(String.format(Locale.US, "  build-out %s at %s: %,.1f MW from %s, %s capex; serves %s",
                    b.buildOut(), b.site(), b.megawatts(), b.from(), Money.format(b.capexUsd()),
                    String.join(", ", b.workloads())));
        }
        if (!answer.oneLess().isEmpty()) {
            // A re-solve's share can be hundredths of a second at 2,000 workloads: it then only builds and repairs.
            String each = answer.secondsEach() < 0.05 ? "under 0.1 s"
                    : String.format(Locale.US, "%.1f s", answer.secondsEach());
            out.println("What each purchase is worth (taken away and re-solved from the plan for " + each
                    + " each; a short re-solve can miss what a longer one finds):");
        }
        for (OneLess less : answer.oneLess()) {
            out.println(String.format(Locale.US, "  %s, %s: cost %s, unplaced demand %+,.0f ref accel, first-refusal "
                            + "workloads off the primary %+,d%s", less.purchase(), less.what(),
                    signed(less.costDeltaUsd()), less.unplacedDelta(), less.offPrimaryDelta(),
                    less.looksBetterWithout() ? " — " + OneLess.RANKED_LOWER : ""));
        }
        int bought = purchases.offers().size() + purchases.buildOuts().size();
        int left = bought - answer.oneLess().size();
        if (left > 0 && answer.oneLess().isEmpty()) {
            // The time ran out before the first re-solve, or right after one became the answer (its own purchases'
            // worth is re-solved from it): say so rather than leave the worth out unexplained.
            out.println("What each purchase is worth: none re-solved, the time ran out (more --seconds re-solves them)");
        } else if (left > 0) {
            out.println(String.format(Locale.US, "  %,d smaller purchase%s not re-solved: the time ran out (more --seconds "
                    + "re-solves more of them)", left, left == 1 ? "" : "s"));
        }
        if (!answer.notBought().isEmpty()) {
            out.println("Not bought:");
            answer.notBought().forEach(n -> out.println("  " + n.kind() + " " + n.id() + ": " + n.reason()));
        }
        Kpis without = answer.withoutBuying();
        Kpis with = plan.kpis();
        out.println(String.format(Locale.US, "Against buying nothing: unplaced demand %,.0f → %,.0f ref accel; "
                        + "first-refusal workloads off the primary %,d → %,d; cost %s → %s (%s)",
                without.totalUnplacedDemand(), with.totalUnplacedDemand(), without.firstRefusalElsewhere(), with.firstRefusalElsewhere(),
                Money.format(without.totalCostUsd()), Money.format(with.totalCostUsd()),
                signed(with.totalCostUsd() - without.totalCostUsd())));
        if (strict && with.firstRefusalElsewhere() < without.firstRefusalElsewhere()) {
            out.println("  Strict first refusal outranks cost: capacity is bought wherever it brings first-refusal "
                    + "work to the primary, whatever it costs (a premium instead weighs it in dollars).");
        }
        curve(answer.curve(), out);
        PlanSummary.print(plan, out);
    }

    /** The budget curve as a table: what each budget commits, places and costs. */
    private static void curve(List<BudgetPoint> curve, PrintWriter out) {
        if (curve.isEmpty()) {
            return;
        }
        out.println("Budget curve (each budget solved for its share of the time):");
        out.println(String.format(Locale.US, "  %12s  %12s  %16s  %9s  %13s  %12s", "budget", "committed",
                "unplaced demand", "workloads", "off primary", "total cost"));
        for (BudgetPoint p : curve) {
            out.println(String.format(Locale.US, "  %12s  %12s  %,16.0f  %,9d  %,13d  %12s", Money.format(p.budgetUsd()),
                    Money.format(p.committedUsd()), p.unplacedDemand(), p.unplacedWorkloads(),
                    p.firstRefusalElsewhere(), Money.format(p.totalCostUsd())));
        }
    }

    private static String signed(double usd) {
        return (usd >= 0 ? "+" : "−") + Money.format(Math.abs(usd));
    }
}
