package com.capacityworkbench.model.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of the planning horizon: a quarter written {@code 2027-Q1} or a month written {@code 2027-03}.
 * Periods of the same length are ordered and can be shifted.
 */
public record Period(int year, int number, PeriodLength length) implements Comparable<Period> {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    public Period {
        if (number < 1 || number > length.periodsPerYear()) {
            throw new IllegalArgumentException(
                    "period number " + number + " is out of range for a " + length.label() + " in " + year);
        }
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, quarter, PeriodLength.QUARTER);
    }

    public static Period month(int year, int month) {
        return new Period(year, month, PeriodLength.MONTH);
    }

    /** Parses {@code 2027-Q1} or {@code 2027-03}; throws IllegalArgumentException with the text otherwise. */
    public static Period parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(Integer.parseInt(m.group(1)), month);
            }
        }
        throw new IllegalArgumentException("not a period: \"" + text + "\" (write 2027-Q1 or 2027-03)");
    }

    /** Jackson map-key support: periods are map keys in count ramps and power caps. */
    public static Period valueOf(String text) {
        return parse(text);
    }

    /** Consecutive index across years, so that differences count periods. */
    public int ordinal() {
        return year * length.periodsPerYear() + (number - 1);
    }

    public Period plus(int periods) {
        int o = ordinal() + periods;
        int perYear = length.periodsPerYear();
        return new Period(Math.floorDiv(o, perYear), Math.floorMod(o, perYear) + 1, length);
    }

    /** Number of periods from this one to {@code other}, positive when other is later. */
    public int until(Period other) {
        requireSameLength(other);
        return other.ordinal() - ordinal();
    }

    public boolean isAfter(Period other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Period other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Period other) {
        requireSameLength(other);
        return Integer.compare(ordinal(), other.ordinal());
    }

    private void requireSameLength(Period other) {
        if (other.length != length) {
            throw new IllegalArgumentException("cannot compare " + this + " with " + other
                    + ": one is a quarter, the other a month");
        }
    }

    @Override
    public String toString() {
        return length == PeriodLength.QUARTER
                ? year + "-Q" + number
                : String.format("%d-%02d", year, number);
    }
}
