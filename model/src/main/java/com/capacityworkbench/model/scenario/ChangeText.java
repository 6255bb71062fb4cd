package com.capacityworkbench.model.scenario;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How changes word numbers and period ranges in their descriptions. */
final class ChangeText {

    private ChangeText() {
    }

    static String factor(double factor) {
        String pct = String.format(Locale.ROOT, "%+.0f %%", (factor - 1) * 100);
        return String.format(Locale.ROOT, "%.2f", factor) + " (" + pct + ")";
    }

    static String number(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }

    static String range(@Nullable Period from, @Nullable Period to) {
        if (from == null && to == null) {
            return "in every period";
        }
        if (from != null && to != null) {
            return from.equals(to) ? "in " + from : "from " + from + " to " + to;
        }
        return from != null ? "from " + from + " on" : "until " + to;
    }
}
