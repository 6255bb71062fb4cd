package com.capacityworkbench.formats.excel;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/** What a cell holds once formulas are resolved: nothing, text, a number, a flag, or a formula error. */
sealed interface CellContent {

    record Blank() implements CellContent {
    }

    record Text(String text) implements CellContent {
    }

    /**
     * @param date    the cell is formatted as a date (Excel stores dates as day numbers)
     * @param percent the cell is formatted as a percentage (0.4 shown as 40 %)
     */
    record Number(double value, boolean date, boolean percent) implements CellContent {
        LocalDate asDate() {
            return DateUtil.getLocalDateTime(value).toLocalDate();
        }
    }

    record Flag(boolean value) implements CellContent {
    }

    /** A formula that gives an error (#DIV/0!, #REF!) or that could not be worked out. */
    record Failed(String what) implements CellContent {
    }

    Blank BLANK = new Blank();

    default boolean isBlank() {
        return this instanceof Blank;
    }

    /** The content as a user would read it, for messages ("got ..."). */
    default String shown() {
        return switch (this) {
            case Blank b -> "";
            case Text t -> t.text();
            case Number n -> n.date() ? n.asDate().toString() : formatNumber(n.value());
            case Flag f -> f.value() ? "TRUE" : "FALSE";
            case Failed f -> f.what();
        };
    }

    static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
