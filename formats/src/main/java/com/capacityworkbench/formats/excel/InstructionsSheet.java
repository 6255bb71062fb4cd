package com.capacityworkbench.formats.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The template's first sheet: how to fill the workbook in, and every column and setting explained. */
final class InstructionsSheet {

    static final String NAME = "Instructions";

    private static final List<String> RULES = List.of(
            "One workbook holds one scenario. Fill in the sheets Settings, Providers, Sites, Accelerators, Pools, "
                    + "Datasets and Workloads; import the file with File → Import from Excel… or ./workbench validate FILE.xlsx.",
            "Columns may be in any order; headers are matched ignoring case and spaces (the unit in brackets may be left out). "
                    + "Columns the workbench does not know, other sheets and blank rows are ignored.",
            "Blue headers are required columns; grey ones are optional (a blank cell takes the default named below).",
            "EXAMPLE ROWS: a row whose first cell (its name) starts with # is an example or a comment and is ignored. "
                    + "The grey rows in this template are examples: delete them, or remove the # to keep them as data.",
            "Periods: 2027-Q1 for quarters, 2027-03 for months, or a date (any day inside the period).",
            "Flags: yes/no (also true/false, 1/0). Lists inside one cell are separated by ; (CUDA;ROCm). "
                    + "Values per period: 2027-Q1=4096;2027-Q3=8192 (from that period on, the value changes).",
            "Numbers may be typed as text (4,096 or $2.10); formulas are fine, their value is used. The unit is in the header.",
            "Names on Sites, Pools, Datasets and Workloads must match a row of the sheet they point to (the drop-downs list them).",
            "Offers, Build-outs and Spend terms are optional sheets: what may be bought (capacity committed for a "
                    + "term, power steps of self-built sites, the providers' minimum spends); leave them out when there is nothing to buy.",
            "A Variants sheet is optional: the workbench writes it when the scenario has what-if variants "
                    + "(one row per change: Change in words, Change data as JSON, which import reads); leave it out otherwise.",
            "Every number has a range (the Range column below); a value outside it is a problem at its cell.",
            "If anything is wrong, nothing is imported and every problem is listed as Sheet!Cell: message, "
                    + "e.g. Pools!D3: count must be a whole number ≥ 0, got \"many\".");

    private InstructionsSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        int r = 0;
        text(sheet, r++, 0, "Capacity Workbench scenario workbook", styles).setCellStyle(styles.title());
        r++;
        for (String rule : RULES) {
            // Not wrapped: the line runs on over the empty cells to its right, in Excel and LibreOffice alike.
            text(sheet, r++, 0, "• " + rule, styles);
        }
        r++;
        TableWriter settings = new TableWriter(sheet, styles, r, 0);
        settings.header(List.of("Settings key", "Required", "Meaning", "Range"));
        for (SettingsKey key : SettingsKey.values()) {
            settings.row(List.of(key.key(), key.required() ? "required" : "optional", key.hint(),
                    RangeText.ofSetting(key)), List.of());
        }
        r = settings.nextRow() + 1;
        TableWriter columns = new TableWriter(sheet, styles, r, 0);
        columns.header(List.of("Sheet", "Column", "Required", "Meaning", "Range"));
        for (ContractSheet contract : ContractSheet.values()) {
            if (contract == ContractSheet.SETTINGS) {
                continue;
            }
            for (ContractColumn column : contract.columns()) {
                columns.row(List.of(contract.sheetName(), column.header(), column.required() ? "required" : "optional",
                        column.hint(), RangeText.of(contract.component(), column.component())), List.of());
            }
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 70 * 256);
        sheet.setColumnWidth(4, 36 * 256);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static Cell text(Sheet sheet, int row, int column, String text, WorkbookStyles styles) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.text(text));
        return cell;
    }
}
