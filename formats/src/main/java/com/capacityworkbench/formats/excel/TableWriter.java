package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.excel.WorkbookStyles.NumberStyle;
import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import java.util.ArrayList;
import java.util.List;
// POI keeps the header and footer field codes (&A, &P, &N) on its .xls class; they are the same in .xlsx.
import org.apache.poi.hssf.usermodel.HeaderFooter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one table to a sheet: a frozen header row, data rows, autofilter and column widths that fit
 * the content. Values are written by type: numbers as numbers (formatted, never rounded), periods and
 * choices as their text, flags as yes/no, null as a blank cell, and text always as text.
 */
final class TableWriter {

    private static final int MIN_WIDTH_CHARS = 8;
    private static final int MAX_WIDTH_CHARS = 60;
    /** Column widths (in characters) that still print legibly on one landscape page, shrunk to about 80 %. */
    static final int NARROW_SHEET_CHARS = 170;
    /** Print scale (%) of a sheet too wide to shrink to one page across. */
    static final short WIDE_SHEET_SCALE = 75;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int firstRow;
    private final int firstColumn;
    private final List<Integer> widths = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private int nextRow;

    TableWriter(Sheet sheet, WorkbookStyles styles) {
        this(sheet, styles, 0, 0);
    }

    TableWriter(Sheet sheet, WorkbookStyles styles, int firstRow, int firstColumn) {
        this.sheet = sheet;
        this.styles = styles;
        this.firstRow = firstRow;
        this.firstColumn = firstColumn;
        this.nextRow = firstRow;
    }

    /** @param required how many of the first headers are required columns (shown in a stronger colour) */
    TableWriter header(List<String> headers, List<Boolean> required) {
        Row row = row(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            this.headers.add(headers.get(i));
            try {
                Cell cell = row.createCell(firstColumn + i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(styles.header(required.get(i)));
            } catch (RuntimeException e) {
                throw new CellWriteException(where(nextRow - 1, i), e);
            }
            track(i, headers.get(i).length() + 2);
        }
        return this;
    }

    TableWriter header(List<String> headers) {
        return header(headers, headers.stream().map(h -> false).toList());
    }

    int nextRow() {
        return nextRow;
    }

    /** Writes a data row; {@code numberStyles} gives the format of each numeric value by column. */
    int row(List<?> values, List<NumberStyle> numberStyles) {
        return row(values, numberStyles, null);
    }

    /** As {@link #row(List, List)}, every cell in {@code override} style (example rows). */
    int row(List<?> values, List<NumberStyle> numberStyles, CellStyle override) {
        int index = nextRow++;
        Row row;
        try {
            row = row(index);
        } catch (RuntimeException e) {
            // A streamed sheet writes older rows out here: a full disk shows up at this point.
            throw new CellWriteException(ProblemList.cell(sheet.getSheetName(), index, firstColumn), e);
        }
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            NumberStyle numberStyle = i < numberStyles.size() ? numberStyles.get(i) : NumberStyle.GENERAL;
            try {
                Cell cell = row.createCell(firstColumn + i);
                write(cell, value, numberStyle);
                if (override != null) {
                    cell.setCellStyle(override);
                }
            } catch (RuntimeException e) {
                throw new CellWriteException(where(index, i), e);
            }
        }
        return index;
    }

    /** "Explanations!I12 (Blocked by)": the cell and its column's header, for a message. */
    private String where(int rowIndex, int column) {
        String cell = ProblemList.cell(sheet.getSheetName(), rowIndex, firstColumn + column);
        return column < headers.size() ? cell + " (" + headers.get(column) + ")" : cell;
    }

    private void write(Cell cell, Object value, NumberStyle numberStyle) {
        int column = cell.getColumnIndex() - firstColumn;
        switch (value) {
            case Number n -> {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(styles.number(numberStyle));
                // Width from the shown value (rounded, with separators and unit), not the stored digits.
                track(column, Long.toString(Math.round(Math.abs(n.doubleValue()))).length() * 4 / 3 + 5);
            }
            case Boolean b -> text(cell, b ? "yes" : "no");
            case Labelled l -> text(cell, l.label());
            case Period p -> text(cell, p.toString());
            default -> text(cell, value.toString());
        }
    }

    private void text(Cell cell, String text) {
        String fitted = CellText.fitted(text);
        cell.setCellValue(fitted);
        cell.setCellStyle(styles.text(fitted, fitted.length() > MAX_WIDTH_CHARS));
        track(cell.getColumnIndex() - firstColumn, fitted.length() + 1);
    }

    private Row row(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private void track(int column, int chars) {
        while (widths.size() <= column) {
            widths.add(MIN_WIDTH_CHARS);
        }
        widths.set(column, Math.max(widths.get(column), Math.min(MAX_WIDTH_CHARS, chars)));
    }

    /** Freezes the header (when the table starts at A1), adds the autofilter and sets column widths. */
    void finish() {
        if (widths.isEmpty()) {
            return;
        }
        if (firstRow == 0 && firstColumn == 0) {
            sheet.createFreezePane(0, 1);
            printSetup();
        }
        sheet.setAutoFilter(new CellRangeAddress(firstRow, Math.max(firstRow, nextRow - 1),
                firstColumn, firstColumn + widths.size() - 1));
        fitWidths();
    }

    /**
     * Landscape, header row repeated on every page, sheet name and page numbers in the margins. Only a narrow
     * sheet is shrunk to one page wide: a wide one shrunk that far prints a few points high, so it runs across
     * pages instead, at 75 %, its first column (the names) repeated on each.
     */
    private void printSetup() {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getHeader().setCenter(HeaderFooter.tab());
        sheet.getFooter().setCenter("Page " + HeaderFooter.page() + " of " + HeaderFooter.numPages());
        int totalChars = widths.stream().mapToInt(Integer::intValue).sum();
        if (totalChars <= NARROW_SHEET_CHARS) {
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        } else {
            // About 160 characters a landscape page instead of 120: a 12-period grid fits across, text stays legible.
            print.setScale(WIDE_SHEET_SCALE);
            // POI writes rows and columns to repeat as one list it splits at commas, so a sheet name with a comma (a
            // variant's plan sheet) cannot have both; its old .xls sheets (written only to test the old-format
            // reader) refuse a second range.
            if (sheet.getWorkbook().getSpreadsheetVersion() == SpreadsheetVersion.EXCEL2007
                    && !sheet.getSheetName().contains(",")) {
                sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
            }
        }
    }

    /** Sets column widths only: for a second table on a sheet (a sheet has one autofilter). */
    void fitWidths() {
        for (int i = 0; i < widths.size(); i++) {
            // Only ever widen: another table on the same sheet may need the column wider.
            int width = widths.get(i) * 256;
            if (width > sheet.getColumnWidth(firstColumn + i)) {
                sheet.setColumnWidth(firstColumn + i, width);
            }
        }
    }
}
