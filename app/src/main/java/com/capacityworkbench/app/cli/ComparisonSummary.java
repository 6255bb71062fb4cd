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

/**
 * The comparison as a terminal table: headline KPIs per plan (best marked *, a difference within solver noise
 * marked ~, the largest spread over seeds last), how good each plan is, then what each variant moves and why.
 */
final class ComparisonSummary {

    /** The rows a planner reads first; the workbook has them all. */
    private static final Set<String> HEADLINE = Set.of("Total cost", "Compute cost", "Egress cost", "Unplaced demand",
            "Honoured on the primary", "Sent elsewhere", "Idle committed capacity", "Emissions", "Latency misses",
            "Broken hard rules");
    private static final int MOVES_SHOWN = 8;
    private static final int PLAN_WIDTH = 18;
    static final String NOISE_MARK = "~";

    private ComparisonSummary() {
    }

    static void print(Comparison comparison, PrintWriter out) {
        List<ComparedPlan> columns = comparison.columns();
        List<KpiRow> rows = comparison.kpis().stream().filter(r -> HEADLINE.contains(r.kpi())).toList();
        int labelWidth = rows.stream().mapToInt(r -> label(r).length()).max().orElse(3) + 1;
        StringBuilder header = new StringBuilder(pad("KPI", labelWidth));
        columns.forEach(c -> header.append(String.format(Locale.US, " %" + PLAN_WIDTH + "s", shorten(c.name(), PLAN_WIDTH))));
        header.append(String.format(Locale.US, " %12s", "± noise"));
        out.println(header);
        for (KpiRow row : rows) {
            StringBuilder line = new StringBuilder(pad(label(row), labelWidth));
            for (int i = 0; i < columns.size(); i++) {
                line.append(String.format(Locale.US, " %" + PLAN_WIDTH + "s", cell(row, i)));
            }
            line.append(String.format(Locale.US, " %12s", noise(row)));
            out.println(line);
        }
        out.println("* best value in its row; " + NOISE_MARK + " difference within solver noise (no larger than the "
                + "spread over seeds); ± noise: the row's largest spread over seeds (≥ or ? where a plan was solved "
                + "once and not proven optimal)");
        out.println();
        out.println("Plans:");
        for (ComparedPlan c : columns) {
            out.println("  " + c.name() + (c.isBase() ? " (base)" : "") + ": " + c.qualitySummary());
        }
        for (ComparedPlan c : columns.subList(1, columns.size())) {
            printMoves(comparison.changesOf(c.id()), c, out);
        }
    }

    private static void printMoves(List<PlacementChange> changes, ComparedPlan variant, PrintWriter out) {
        out.println();
        out.println(variant.name() + ": " + String.join("; ", variant.changes()));
        variant.staleChanges().forEach(s -> out.println("  STALE " + s));
        long caused = changes.stream().filter(m -> m.cause().causedByChange()).count();
        out.println("  " + changes.size() + (changes.size() == 1 ? " workload placed differently" : " workloads placed differently")
                + (changes.isEmpty() ? "" : ", " + caused + " of them caused by a change"));
        changes.stream().limit(MOVES_SHOWN).forEach(m -> out.println(String.format(Locale.US, "  %-24s %-14s %s -> %s  %s  (%s)",
                m.workload(), m.kind().label(), m.from() == null ? "unplaced" : m.from(),
                m.to() == null ? "unplaced" : m.to(), money(m.costDelta(), true), m.reason())));
        if (changes.size() > MOVES_SHOWN) {
            out.println("  ... and " + (changes.size() - MOVES_SHOWN) + " more (see the workbook's Changes sheet)");
        }
    }

    /** The value, and for a variant its difference in % (marked when within noise) and * when best. */
    private static String cell(KpiRow row, int column) {
        String value = format(row.values().get(column), row.unit());
        if (column > 0) {
            Double pct = row.deltaPctFromBase(column);
            value += pct == null || Math.abs(pct) < 0.05 ? "" : String.format(Locale.US, " %+.0f%%", pct);
            value += row.withinNoise(column) ? NOISE_MARK : "";
        }
        boolean best = row.bestColumn() != null && row.bestColumn() == column;
        return value + (best ? "*" : "");
    }

    /** The row's largest spread: "$12.3M", "≥ $12.3M" when some plans' spreads are unknown, "?" when none is known. */
    static String noise(KpiRow row) {
        Double spread = row.largestSpread();
        if (spread == null || (spread == 0 && !row.spreadsKnown())) {
            return "?";
        }
        return (row.spreadsKnown() ? "" : "≥ ") + format(spread, row.unit());
    }

    private static String label(KpiRow row) {
        return row.kpi() + " (" + row.unit() + ")";
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

    private static String pad(String text, int width) {
        return String.format(Locale.US, "%-" + width + "s", text);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
