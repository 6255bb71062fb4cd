package com.capacityworkbench.model.excel;

import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;

/** Text as a cell can hold it: Excel refuses more than 32,767 characters, so longer text is cut, visibly. */
final class CellText {

    static final int MAX_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private CellText() {
    }

    /** The text itself, or its start followed by a marker that says it was cut and how long it was. */
    static String fitted(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        String marker = String.format(Locale.US, " … [cut: %,d characters, a cell holds %,d]", text.length(), MAX_CHARS);
        int end = MAX_CHARS - marker.length();
        // Never split a character outside the basic plane (an emoji, a rare CJK ideograph) in two.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + marker;
    }
}
