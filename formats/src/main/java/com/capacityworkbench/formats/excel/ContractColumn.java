package com.capacityworkbench.formats.excel;

import java.util.Locale;

/**
 * One column of a contract sheet: its header as written in the workbook, the record component it fills
 * (used to map a validator path such as {@code workloads[3].datasets} back to a cell), whether the
 * column must be present, what its cells hold (the desktop app's editor follows it), and a one-line hint for the
 * Instructions sheet.
 */
record ContractColumn(String header, String component, boolean required, ValueKind kind, String hint) {

    /** The header without its unit, in lower case, as used in messages: "Power cap (MW)" → "power cap". */
    String label() {
        int unit = header.indexOf('(');
        String name = unit < 0 ? header : header.substring(0, unit);
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** The unit in a header's parentheses ("MW" for "Power cap (MW)"); empty when it has none. */
    static String unitOf(String header) {
        int open = header.lastIndexOf('(');
        int close = header.lastIndexOf(')');
        return open >= 0 && close > open ? header.substring(open + 1, close) : "";
    }

    /** Whether a header cell written by a user names this column (case, spaces and a missing unit forgiven). */
    boolean matches(String userHeader) {
        String given = normalise(userHeader);
        return given.equals(normalise(header)) || given.equals(normalise(label()));
    }

    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
