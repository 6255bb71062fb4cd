package com.capacityworkbench.model.scenario;

import java.util.Locale;

/** How long one period of the horizon is. */
public enum PeriodLength {
    QUARTER(4, 8766.0 / 4),
    MONTH(12, 8766.0 / 12);

    private final int periodsPerYear;
    private final double hours;

    PeriodLength(int periodsPerYear, double hours) {
        this.periodsPerYear = periodsPerYear;
        this.hours = hours;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** Average hours in one period (a year of 365.25 days spread evenly), used for accelerator-hours. */
    public double hours() {
        return hours;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PeriodLength parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "quarter", "quarters", "q" -> QUARTER;
            case "month", "months", "m" -> MONTH;
            default -> throw new IllegalArgumentException("period length must be quarter or month, got \"" + text + "\"");
        };
    }
}
