package com.capacityworkbench.model.plan;

import java.util.Locale;

/**
 * Dollars as a planner reads them: $1.2B, $12.3M, $450k, $1,234; the one money format of the workbench (command line,
 * explanations, decks, comparison exports and the desktop app's charts, tables and tooltips).
 */
public final class Money {

    private Money() {
    }

    public static String format(double usd) {
        double a = Math.abs(usd);
        String sign = usd < 0 ? "-" : "";
        if (a >= 1e9) {
            return String.format(Locale.US, "%s$%.2fB", sign, a / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.US, "%s$%.1fM", sign, a / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.US, "%s$%.0fk", sign, a / 1e3);
        }
        return String.format(Locale.US, "%s$%,.0f", sign, a);
    }
}
