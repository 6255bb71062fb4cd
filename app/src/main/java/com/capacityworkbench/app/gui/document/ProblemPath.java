package com.capacityworkbench.app.gui.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a validation problem points, reduced to a table cell: {@code workloads[12].datasets[0]} is the
 * cell of workload row 12, column datasets; {@code policies.primaryProvider} is a field of the form.
 *
 * @param index the 0-based row, or -1 for a form field or a whole collection
 * @param field the record component, or "" for the whole row
 */
public record ProblemPath(String collection, int index, String field) {

    private static final Pattern PATH = Pattern.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?.*$");
    /** A row of a list inside a record: {@code purchaseOptions.offers[2].blockSize}. */
    private static final Pattern NESTED_ROW = Pattern.compile("^(\\w+(?:\\.\\w+)+)\\[(\\d+)](?:\\.(\\w+))?.*$");

    public static @Nullable ProblemPath parse(String path) {
        Matcher m = NESTED_ROW.matcher(path);
        if (!m.matches()) {
            m = PATH.matcher(path);
        }
        if (!m.matches()) {
            return null;
        }
        int index = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        return new ProblemPath(m.group(1), index, m.group(3) == null ? "" : m.group(3));
    }

    /** The cell key the tables look up: {@code workloads[12].datasets}, {@code workloads[12]} or {@code policies.x}. */
    public String cellKey() {
        String row = index >= 0 ? collection + "[" + index + "]" : collection;
        return field.isEmpty() ? row : row + "." + field;
    }
}
