package com.capacityworkbench.app.cli;

import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.TornadoBar;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A sweep in a few lines: the spread, the workloads most at risk, the inputs that move cost most. */
final class SweepSummary {

    /** Workloads and inputs listed at most. */
    private static final int TOP = 5;

    private SweepSummary() {
    }

    static void print(SweepResult sweep, PrintWriter out) {
        out.println("Sweep of " + sweep.samples().size() + (sweep.complete() ? "" : " of " + sweep.settings().samples())
                + " futures (" + sweep.settings().mode().label() + ")" + (sweep.complete() ? "" : ", stopped"));
        KpiSpread cost = sweep.totalCost();
        out.println("  Total cost: P10 " + Money.format(cost.p10()) + ", P50 " + Money.format(cost.p50()) + ", P90 "
                + Money.format(cost.p90()));
        KpiSpread unplaced = sweep.unplacedDemand();
        out.println(String.format(Locale.US, "  Unplaced demand (ref. accelerators × priority): P10 %,.0f, P50 %,.0f, P90 %,.0f",
                unplaced.p10(), unplaced.p50(), unplaced.p90()));
        odds(out, "Most often unplaced", sweep.unplacedOdds());
        odds(out, "Most often moved", sweep.movedOdds());
        tornado(out, "total cost", sweep.tornado(SampleResult::totalCostUsd), Money::format);
        tornado(out, "unplaced demand", sweep.tornado(SampleResult::unplacedDemand),
                v -> String.format(Locale.US, "%,.0f", v));
        out.flush();
    }

    /** The inputs that move a figure most (cost alone misleads: work that goes unplaced costs nothing). */
    private static void tornado(PrintWriter out, String figure, List<TornadoBar> bars,
            java.util.function.DoubleFunction<String> format) {
        if (bars.isEmpty()) {
            return;
        }
        out.println("  What moves " + figure + " most (its lowest fifth → its highest):");
        bars.stream().limit(TOP).forEach(b -> out.println("    " + b.input() + ": " + format.apply(b.whenLow()) + " → "
                + format.apply(b.whenHigh())));
    }

    private static void odds(PrintWriter out, String title, Map<String, Double> odds) {
        if (odds.isEmpty()) {
            return;
        }
        out.println("  " + title + ": " + String.join(", ", odds.entrySet().stream().limit(TOP)
                .map(e -> e.getKey() + String.format(Locale.US, " %.0f %%", e.getValue() * 100)).toList()));
    }
}
