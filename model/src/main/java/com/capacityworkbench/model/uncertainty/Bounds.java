package com.capacityworkbench.model.uncertainty;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks and writes the figures of uncertain inputs the same way for all of them. */
public final class Bounds {

    private Bounds() {
    }

    /** "min is not a number" for each named parameter that is NaN or infinite. */
    static List<String> finite(Object... namesAndValues) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            double value = (Double) namesAndValues[i + 1];
            if (!Double.isFinite(value)) {
                problems.add(namesAndValues[i] + " is not a finite number");
            }
        }
        return problems;
    }

    /** 0.8 → "0.8", 1200 → "1,200", 0.333333 → "0.3333". */
    public static String text(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }
}
