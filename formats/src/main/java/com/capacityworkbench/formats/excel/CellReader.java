package com.capacityworkbench.formats.excel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Turns the cells of one workbook into {@link CellContent}: formulas evaluated (falling back to the value
 * the saving program cached), text trimmed, blank text as blank, and numbers marked as dates or
 * percentages by their cell format (looked up once per style, not per cell).
 */
final class CellReader {

    /** What a cell style's number format says about its numbers. */
    private record NumberFormat(boolean date, boolean percent) {
    }

    private final FormulaEvaluator evaluator;
    private final ProblemList problems;
    private final Map<Integer, NumberFormat> formatByStyle = new HashMap<>();

    CellReader(Workbook workbook, ProblemList problems) {
        this.problems = problems;
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        // A formula pointing into another workbook is read by its cached value instead.
        this.evaluator.setIgnoreMissingWorkbooks(true);
    }

    CellContent read(@Nullable Cell cell) {
        if (cell == null) {
            return CellContent.BLANK;
        }
        CellType type = cell.getCellType();
        return type == CellType.FORMULA ? formula(cell) : value(cell, type);
    }

    private CellContent formula(Cell cell) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException evaluationFailed) {
            // POI cannot evaluate every function; the saving program's cached value is the next best thing.
            CellContent cached = value(cell, cell.getCachedFormulaResultType());
            warn(cell, "the formula =" + cell.getCellFormula() + " cannot be worked out here; the value last saved with"
                    + " the workbook, " + quoted(cached) + ", was used");
            return cached;
        }
        if (cell.getCellFormula().contains("[")) {
            // A link into another workbook: evaluated to the value saved with this one, which may be stale.
            CellContent cached = value(cell, cell.getCachedFormulaResultType());
            warn(cell, "the formula =" + cell.getCellFormula() + " links to another workbook; the value last saved"
                    + " with this one, " + quoted(cached) + ", was used");
            return cached;
        }
        if (value == null) {
            return CellContent.BLANK;
        }
        return switch (value.getCellType()) {
            case NUMERIC -> number(cell, value.getNumberValue());
            case STRING -> text(value.getStringValue());
            case BOOLEAN -> new CellContent.Flag(value.getBooleanValue());
            case ERROR -> new CellContent.Failed("formula gives " + errorText((byte) value.getErrorValue()));
            default -> CellContent.BLANK;
        };
    }

    private CellContent value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> text(cell.getStringCellValue());
            case NUMERIC -> number(cell, cell.getNumericCellValue());
            case BOOLEAN -> new CellContent.Flag(cell.getBooleanCellValue());
            case ERROR -> new CellContent.Failed("formula gives " + errorText(cell.getErrorCellValue()));
            default -> CellContent.BLANK;
        };
    }

    private void warn(Cell cell, String message) {
        problems.warn(ProblemList.cell(cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex()),
                message);
    }

    private static String quoted(CellContent content) {
        return content.isBlank() ? "blank" : "\"" + content.shown() + "\"";
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            return "error " + code;
        }
    }

    private static CellContent text(@Nullable String text) {
        String t = text == null ? "" : trim(text);
        return t.isEmpty() ? CellContent.BLANK : new CellContent.Text(t);
    }

    /**
     * Text without the spaces around it, Unicode ones included: a non-breaking space (pasted from a web page or a
     * French number), a thin or an ideographic space, a zero-width space or a byte-order mark.
     */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private CellContent number(Cell cell, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new CellContent.Failed("not a finite number");
        }
        NumberFormat format = formatOf(cell.getCellStyle());
        return new CellContent.Number(value, format.date() && DateUtil.isValidExcelDate(value), format.percent());
    }

    private NumberFormat formatOf(@Nullable CellStyle style) {
        if (style == null) {
            return new NumberFormat(false, false);
        }
        return formatByStyle.computeIfAbsent((int) style.getIndex(), index -> {
            String pattern = style.getDataFormatString();
            if (pattern == null) {
                return new NumberFormat(false, false);
            }
            return new NumberFormat(DateUtil.isADateFormat(style.getDataFormat(), pattern),
                    pattern.toLowerCase(Locale.ROOT).contains("%"));
        });
    }
}
