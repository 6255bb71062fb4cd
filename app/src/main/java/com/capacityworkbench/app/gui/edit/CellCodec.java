package com.capacityworkbench.app.gui.edit;

import org.jspecify.annotations.Nullable;

/**
 * How one kind of value reads and writes as cell text, the same text a spreadsheet holds:
 * numbers, yes/no, labels, periods, {@code ;}-separated lists. Parsing throws
 * IllegalArgumentException with a message a planner understands.
 */
public interface CellCodec<V> {

    String format(@Nullable V value);

    @Nullable V parse(String text);

    /** Whether the cell edits a set of choices (a multi-select editor). */
    default boolean isMulti() {
        return false;
    }

    @SuppressWarnings("unchecked")
    default String formatObject(@Nullable Object value) {
        return format((V) value);
    }
}
