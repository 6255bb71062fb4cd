package com.capacityworkbench.app.gui.plan.chart;

import com.capacityworkbench.model.plan.Money;
import java.util.Locale;

/** Numbers as planners read them: $1.2M, 3.4k accel-h, 87 %; money in the workbench's one format ({@link Money}). */
public final class Figures {

    private Figures() {
    }

    public static String usd(double usd) {
        return Money.format(usd);
    }

    public static String compact(double value) {
        double a = Math.abs(value);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2fB", value / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", value / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", value / 1e3);
        }
        return String.format(Locale.ROOT, a >= 100 ? "%,.0f" : "%,.1f", value);
    }

    public static String pct(double pct) {
        return String.format(Locale.ROOT, "%.0f %%", pct);
    }

    public static String integer(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
