package com.capacityworkbench.app.cli;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.solver.evaluate.Money;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The comparison as a terminal table: headline KPIs per plan (best marked *), then what each variant moves. */
final class ComparisonSummary {

    /** The rows a planner reads first; the workbook has them all. */
    private static final Set<String> HEADLINE = Set.of("Total cost", "Compute cost", "Egress cost", "Unplaced demand",
            "Honoured on the primary", "Sent elsewhere", "Idle committed capacity", "Emissions", "Latency misses",
            "Broken hard rules");
    private static final int MOVES_SHOWN = 8;

    private ComparisonSummary() {
    }

    static void print(Comparison comparison, PrintWriter out) {
        List<ComparedPlan> columns = comparison.columns();
        StringBuilder header = new StringBuilder(String.format(Locale.US, "%-26s", "KPI"));
        columns.forEach(c -> header.append(String.format(Locale.US, " %18s", shorten(c.name(), 18))));
        out.println(header);
        for (KpiRow row : comparison.kpis()) {
            if (!HEADLINE.contains(row.kpi())) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.US, "%-26s", row.kpi() + " (" + row.unit() + ")"));
            for (int i = 0; i < columns.size(); i++) {
                String value = format(row.values().get(i), row.unit());
                if (i > 0) {
                    Double pct = row.deltaPctFromBase(i);
                    value += pct == null || Math.abs(pct) < 0.05 ? "" : String.format(Locale.US, " %+.0f%%", pct);
                }
                boolean best = row.bestColumn() != null && row.bestColumn() == i;
                line.append(String.format(Locale.US, " %18s", value + (best ? "*" : "")));
            }
            out.println(line);
        }
        out.println("* best value in its row");
        for (ComparedPlan c : columns.subList(1, columns.size())) {
            List<PlacementChange> changes = comparison.changesOf(c.id());
            out.println();
            out.println(c.name() + ": " + String.join("; ", c.changes()));
            c.staleChanges().forEach(s -> out.println("  STALE " + s));
            out.println("  " + changes.size() + (changes.size() == 1 ? " workload placed differently" : " workloads placed differently"));
            changes.stream().limit(MOVES_SHOWN).forEach(m -> out.println(String.format(Locale.US, "  %-24s %-14s %s -> %s  %s  (%s)",
                    m.workload(), m.kind().label(), m.from() == null ? "unplaced" : m.from(),
                    m.to() == null ? "unplaced" : m.to(), money(m.costDelta(), true), m.reason())));
            if (changes.size() > MOVES_SHOWN) {
                out.println("  ... and " + (changes.size() - MOVES_SHOWN) + " more (see the workbook's Changes sheet)");
            }
        }
    }

    private static String format(double value, String unit) {
        return switch (unit) {
            case "$" -> money(value, false);
            case "%", "% of cap" -> String.format(Locale.US, "%.1f%%", value);
            default -> String.format(Locale.US, "%,.0f", value);
        };
    }

    private static String money(double usd, boolean signed) {
        return (signed && usd >= 0 ? "+" : "") + Money.format(usd);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
