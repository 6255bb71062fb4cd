package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PeriodLength;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    void positive(String path, double value) {
        if (!(value > 0)) {
            add(path, "must be more than 0, got " + number(value));
        }
    }

    void notNegative(String path, double value) {
        if (!(value >= 0)) {
            add(path, "must not be negative, got " + number(value));
        }
    }

    void atLeast(String path, double value, double minimum) {
        if (!(value >= minimum)) {
            add(path, "must be at least " + number(minimum) + ", got " + number(value));
        }
    }

    void between(String path, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            add(path, "must be between " + number(low) + " and " + number(high) + ", got " + number(value));
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

    /** 2000 rather than 2000.0; decimals only when there are some. */
    static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
