package com.capacityworkbench.formats.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles the exports use, made once per workbook (Excel caps a workbook at 64,000 styles,
 * so styles are never made per cell).
 */
final class WorkbookStyles {

    /** How a number is shown; the stored value is never rounded. */
    enum NumberStyle {
        GENERAL("General"),
        WHOLE("#,##0"),
        DECIMAL("#,##0.0##"),
        DOLLARS("\"$\"#,##0"),
        DOLLARS_PRECISE("\"$\"#,##0.00##"),
        MEGAWATTS("#,##0.00\" MW\""),
        PERCENT("0.0%"),
        PERCENT_NUMBER("0.0\" %\"");

        private final String format;

        NumberStyle(String format) {
            this.format = format;
        }
    }

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle requiredHeader;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle wrappedText;
    private final CellStyle wrappedQuotedText;
    private final CellStyle example;
    private final CellStyle title;
    private final Map<NumberStyle, CellStyle> numbers = new HashMap<>();

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        requiredHeader = workbook.createCellStyle();
        requiredHeader.cloneStyleFrom(header);
        requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        // A leading apostrophe in Excel's own terms: the cell stays text even when the user edits it.
        quotedText.setQuotePrefixed(true);
        wrappedText = wrapped(text);
        wrappedQuotedText = wrapped(quotedText);
        Font grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        example = workbook.createCellStyle();
        example.setFont(grey);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
    }

    CellStyle header(boolean required) {
        return required ? requiredHeader : header;
    }

    /** Text that a spreadsheet could take for a formula (=, +, -, @ first) is marked as text. */
    CellStyle text(String value) {
        return text(value, false);
    }

    /** @param wrap the text is longer than its column is wide: it wraps, top-aligned, instead of running off */
    CellStyle text(String value, boolean wrap) {
        boolean quoted = FormulaSafety.looksLikeFormula(value);
        if (wrap) {
            return quoted ? wrappedQuotedText : wrappedText;
        }
        return quoted ? quotedText : text;
    }

    private CellStyle wrapped(CellStyle plain) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(plain);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    CellStyle example() {
        return example;
    }

    CellStyle title() {
        return title;
    }

    CellStyle number(NumberStyle style) {
        return numbers.computeIfAbsent(style, s -> {
            CellStyle cellStyle = workbook.createCellStyle();
            cellStyle.setDataFormat(workbook.createDataFormat().getFormat(s.format));
            // A step in from the right edge: printed, a number no longer runs into the text column after it.
            cellStyle.setAlignment(HorizontalAlignment.RIGHT);
            cellStyle.setIndention((short) 1);
            return cellStyle;
        });
    }
}
