package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PeriodLength;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The problems found so far, and the checks every rule group shares (so messages read the same everywhere). */
final class Problems {

    private final List<ValidationProblem> list = new ArrayList<>();

    void add(String path, String message) {
        list.add(new ValidationProblem(path, message));
    }

    void addAll(Collection<ValidationProblem> problems) {
        list.addAll(problems);
    }

    List<ValidationProblem> list() {
        return List.copyOf(list);
    }

    /**
     * Checks the ids of one collection (blank, duplicate) and returns the set of ids, for references.
     * Null ids were already reported as missing.
     */
    <T> Set<String> ids(String collection, List<T> items, Function<T, @Nullable String> id) {
        Map<String, Integer> firstIndex = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            String path = collection + "[" + i + "].id";
            if (value == null) {
                continue;
            }
            if (value.isBlank()) {
                add(path, "must not be blank");
                continue;
            }
            Integer first = firstIndex.putIfAbsent(value, i);
            if (first != null) {
                add(path, "duplicate id \"" + value + "\" (first used at " + collection + "[" + first + "])");
            }
            ids.add(value);
        }
        return ids;
    }

    void notBlank(String path, @Nullable String value) {
        if (value != null && value.isBlank()) {
            add(path, "must not be blank");
        }
    }

    void reference(String path, @Nullable String id, String what, Set<String> known) {
        if (id != null && !id.isBlank() && !known.contains(id)) {
            add(path, "unknown " + what + " \"" + id + "\"");
        } else if (id != null && id.isBlank()) {
            add(path, "must not be blank");
        }
    }

    /** Checks a figure against its range ({@link Figure}). */
    void inRange(String path, double value, Figure figure) {
        String problem = figure.problem(value);
        if (problem != null) {
            add(path, problem);
        }
    }

    /**
     * Checks that a period has the horizon's length and lies on it; {@code horizon} is null when the
     * horizon itself is broken (then only the length cannot be checked either, so nothing is said).
     */
    boolean onHorizon(String path, @Nullable Period period, @Nullable Horizon horizon) {
        if (period == null || horizon == null) {
            return false;
        }
        if (period.length() != horizon.length()) {
            add(path, period + " is " + article(period.length()) + ", but the horizon counts "
                    + horizon.length().label() + "s");
            return false;
        }
        if (!horizon.contains(period)) {
            add(path, period + " is outside the horizon " + range(horizon.first(), horizon.last()));
            return false;
        }
        return true;
    }

    /** Checks from ≤ to for a window whose ends are both on the horizon. */
    void ordered(String toPath, Period from, Period to) {
        if (to.isBefore(from)) {
            add(toPath, to + " is before from " + from);
        }
    }

    static String range(Period from, Period to) {
        return from + ".." + to;
    }

    static String article(PeriodLength length) {
        return "a " + length.label();
    }

    /** 10,000,000 and 0.01 as a planner writes them; 4.61e18 for figures too long to read in full. */
    static String grouped(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (Math.abs(value) >= 1e15) {
            String[] parts = String.format(Locale.US, "%.2e", value).split("e");
            String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        return new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    /** 2000 rather than 2000.0; decimals only when there are some. */
    static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
