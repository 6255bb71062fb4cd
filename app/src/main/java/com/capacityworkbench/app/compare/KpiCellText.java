package com.capacityworkbench.app.compare;

import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.plan.Money;
import java.util.Locale;
import java.util.Set;

/**
 * A comparison's KPI cells as the terminal and the deck write them: the value, for a variant its difference to
 * the base in % (marked {@link #NOISE_MARK} when within solver noise) and {@link #BEST_MARK} on the row's best.
 */
public final class KpiCellText {

    /** The rows a planner reads first; the workbook has them all. */
    public static final Set<String> HEADLINE = Set.of("Total cost", "Compute cost", "Egress cost", "Unplaced demand",
            "Honoured on the primary", "Sent elsewhere", "Idle committed capacity", "Emissions", "Latency misses",
            "Broken hard rules");
    public static final String NOISE_MARK = "~";
    public static final String BEST_MARK = "*";
    /** What the marks mean, in one sentence. */
    public static final String LEGEND = BEST_MARK + " best value in its row; " + NOISE_MARK + " difference within "
            + "solver noise (no larger than the spread over seeds); ± noise: the row's largest spread over seeds (≥ or "
            + "? where a plan was solved once and not proven optimal)";

    private KpiCellText() {
    }

    /** "Total cost ($)". */
    public static String label(KpiRow row) {
        return row.kpi() + " (" + row.unit() + ")";
    }

    /** The value, and for a variant its difference in % (marked when within noise) and * when best. */
    public static String cell(KpiRow row, int column) {
        String value = format(row.values().get(column), row.unit());
        if (column > 0) {
            Double pct = row.deltaPctFromBase(column);
            value += pct == null || Math.abs(pct) < 0.05 ? "" : String.format(Locale.US, " %+.0f%%", pct);
            value += row.withinNoise(column) ? NOISE_MARK : "";
        }
        boolean best = row.bestColumn() != null && row.bestColumn() == column;
        return value + (best ? BEST_MARK : "");
    }

    /** The row's largest spread: "$12.3M", "≥ $12.3M" when some plans' spreads are unknown, "?" when none is known. */
    public static String noise(KpiRow row) {
        Double spread = row.largestSpread();
        if (spread == null || (spread == 0 && !row.spreadsKnown())) {
            return "?";
        }
        return (row.spreadsKnown() ? "" : "≥ ") + format(spread, row.unit());
    }

    public static String format(double value, String unit) {
        return switch (unit) {
            case "$" -> Money.format(value);
            case "%", "% of cap" -> String.format(Locale.US, "%.1f%%", value);
            default -> String.format(Locale.US, "%,.0f", value);
        };
    }
}
