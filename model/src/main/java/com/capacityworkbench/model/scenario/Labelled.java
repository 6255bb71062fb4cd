package com.capacityworkbench.model.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A choice with the label a planner types in a file or a cell ({@code self-built}, {@code on-demand}).
 * Parsing ignores case, spaces, '-' and '_' so that "Self built" and "SELF_BUILT" both work.
 */
public interface Labelled {

    String label();

    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
        String key = normalise(text);
        for (E e : type.getEnumConstants()) {
            if (normalise(e.label()).equals(key) || normalise(e.name()).equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("\"" + (text == null ? "" : text.trim()) + "\" is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining(", ")));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
