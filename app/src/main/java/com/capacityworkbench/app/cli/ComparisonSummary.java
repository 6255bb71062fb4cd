package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.compare.KpiCellText;
import com.capacityworkbench.model.plan.CommittedSpend;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.plan.Money;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The comparison as a terminal table: headline KPIs per plan (best marked *, a difference within solver noise
 * marked ~, the largest spread over seeds last), how good each plan is, then what each variant moves and why.
 */
final class ComparisonSummary {

    private static final int MOVES_SHOWN = 8;
    private static final int PLAN_WIDTH = 18;

    private ComparisonSummary() {
    }

    static void print(Comparison comparison, PrintWriter out) {
        List<ComparedPlan> columns = comparison.columns();
        List<KpiRow> rows = comparison.kpis().stream().filter(r -> KpiCellText.HEADLINE.contains(r.kpi())).toList();
        int labelWidth = rows.stream().mapToInt(r -> KpiCellText.label(r).length()).max().orElse(3) + 1;
        StringBuilder header = new StringBuilder(pad("KPI", labelWidth));
        columns.forEach(c -> header.append(String.format(Locale.US, " %" + PLAN_WIDTH + "s", shorten(c.name(), PLAN_WIDTH))));
        header.append(String.format(Locale.US, " %12s", "± noise"));
        out.println(header);
        for (KpiRow row : rows) {
            StringBuilder line = new StringBuilder(pad(KpiCellText.label(row), labelWidth));
            for (int i = 0; i < columns.size(); i++) {
                line.append(String.format(Locale.US, " %" + PLAN_WIDTH + "s", KpiCellText.cell(row, i)));
            }
            line.append(String.format(Locale.US, " %12s", KpiCellText.noise(row)));
            out.println(line);
        }
        out.println(KpiCellText.LEGEND);
        out.println(CommittedSpend.LINE);
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
