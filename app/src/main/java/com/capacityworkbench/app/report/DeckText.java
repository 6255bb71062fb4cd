package com.capacityworkbench.app.report;

import com.capacityworkbench.model.plan.Money;
import java.util.List;
import java.util.Locale;

/** How the deck writes figures and long sentences. */
final class DeckText {

    private DeckText() {
    }

    /** Dollars to the cent, as the plan file has them: "$4,977,825,600.99". */
    static String cents(double usd) {
        return (usd < 0 ? "-" : "") + String.format(Locale.US, "$%,.2f", Math.abs(usd));
    }

    /** Dollars as a planner reads them: "$4.98B". */
    static String money(double usd) {
        return Money.format(usd);
    }

    static String number(double value) {
        return String.format(Locale.US, "%,.0f", value);
    }

    /** A long sentence cut to fit its place on a slide; the plan file holds it whole. */
    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    /** "a, b, c and 4 more". */
    static String firstOf(List<String> items, int shown) {
        if (items.size() <= shown) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, shown)) + " and " + (items.size() - shown) + " more";
    }
}
