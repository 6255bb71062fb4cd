package com.capacityworkbench.model.excel;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.CellValue;
import org.jspecify.annotations.Nullable;

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

    /**
     * Reads a cell. Formulas are evaluated (falling back to the value the saving program cached),
     * text is trimmed and blank text counts as blank.
     */
    static CellContent of(@Nullable Cell cell, FormulaEvaluator evaluator) {
        if (cell == null) {
            return BLANK;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return ofFormula(cell, evaluator);
        }
        return ofValue(cell, type);
    }

    private static CellContent ofFormula(Cell cell, FormulaEvaluator evaluator) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException evaluationFailed) {
            // POI cannot evaluate every function (or external links); the saving program's cached value is next best.
            return ofValue(cell, cell.getCachedFormulaResultType());
        }
        if (value == null) {
            return BLANK;
        }
        return switch (value.getCellType()) {
            case NUMERIC -> number(cell, value.getNumberValue());
            case STRING -> text(value.getStringValue());
            case BOOLEAN -> new Flag(value.getBooleanValue());
            case ERROR -> new Failed("formula gives " + FormulaError.forInt(value.getErrorValue()).getString());
            default -> BLANK;
        };
    }

    private static CellContent ofValue(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> text(cell.getStringCellValue());
            case NUMERIC -> number(cell, cell.getNumericCellValue());
            case BOOLEAN -> new Flag(cell.getBooleanCellValue());
            case ERROR -> new Failed("formula gives " + errorText(cell.getErrorCellValue()));
            default -> BLANK;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            return "error " + code;
        }
    }

    private static CellContent text(@Nullable String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? BLANK : new Text(t);
    }

    private static CellContent number(Cell cell, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new Failed("not a finite number");
        }
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        boolean date = format != null && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), format)
                && DateUtil.isValidExcelDate(value);
        boolean percent = format != null && format.toLowerCase(Locale.ROOT).contains("%");
        return new Number(value, date, percent);
    }
}
