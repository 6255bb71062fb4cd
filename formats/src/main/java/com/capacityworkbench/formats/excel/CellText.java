package com.capacityworkbench.formats.excel;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.SpreadsheetVersion;

/** Text as a cell can hold it (Excel refuses more than 32,767 characters) or as a planner reads it: cut, visibly. */
final class CellText {

    static final int MAX_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private CellText() {
    }

    /** The text itself, or its start followed by a marker that says it was cut and how long it was. */
    static String fitted(String text) {
        return cut(text, MAX_CHARS, String.format(Locale.US, "a cell holds %,d", MAX_CHARS));
    }

    /**
     * At most {@code max} characters: a plan's sentences list pools by the hundred in large scenarios, which makes a
     * sheet hundreds of megabytes that nobody reads in a cell. The JSON plan keeps every word.
     */
    static @Nullable String brief(@Nullable String text, int max) {
        return text == null ? null : cut(text, max, "the JSON plan has it all");
    }

    private static String cut(String text, int max, String why) {
        if (text.length() <= max) {
            return text;
        }
        String marker = String.format(Locale.US, " … [cut: %,d characters, %s]", text.length(), why);
        int end = max - marker.length();
        // Never split a character outside the basic plane (an emoji, a rare CJK ideograph) in two.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + marker;
    }
}
