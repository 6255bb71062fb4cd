package com.capacityworkbench.formats.excel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * A contract sheet found in a workbook: its header row (the first non-blank row) mapped to contract
 * columns in whatever order the user put them, and its data rows without blank and comment rows.
 */
final class SheetTable {

    /** Header rows further down than this are not looked for: the sheet has no header. */
    private static final int HEADER_SEARCH_ROWS = 20;
    /** Hidden rows named in the warning; the rest are counted. */
    private static final int HIDDEN_ROWS_NAMED = 10;

    private final ContractSheet contract;
    private final Sheet sheet;
    private final int headerRow;
    private final Map<ContractColumn, Integer> columnIndex;
    private final CellReader cells;
    private final ProblemList problems;

    private SheetTable(ContractSheet contract, Sheet sheet, int headerRow, Map<ContractColumn, Integer> columnIndex,
                       CellReader cells, ProblemList problems) {
        this.contract = contract;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columnIndex = columnIndex;
        this.cells = cells;
        this.problems = problems;
    }

    /** The sheet with every required column, or empty after reporting what is missing (an optional sheet may be). */
    static Optional<SheetTable> find(Workbook workbook, ContractSheet contract, CellReader cells,
                                     ProblemList problems) {
        Sheet sheet = findSheet(workbook, contract.sheetName());
        if (sheet == null) {
            if (!contract.optional()) {
                problems.add(contract.sheetName(), "missing sheet \"" + contract.sheetName() + "\"");
            }
            return Optional.empty();
        }
        String name = sheet.getSheetName();
        int firstRow = firstNonBlankRow(sheet, cells);
        if (firstRow < 0) {
            problems.add(name, "no header row: the first row must hold the column headers ("
                    + String.join(", ", requiredHeaders(contract)) + ")");
            return Optional.empty();
        }
        int headerRow = headerRow(sheet, contract, cells, firstRow);
        if (headerRow > firstRow) {
            problems.warn(ProblemList.cell(name, firstRow, 0), (headerRow - firstRow == 1 ? "row " + (firstRow + 1)
                    : "rows " + (firstRow + 1) + " to " + headerRow) + " above the column headers (row " + (headerRow + 1)
                    + ") " + (headerRow - firstRow == 1 ? "was" : "were") + " skipped as a title");
        }
        // Contract columns are constants: identity is equality, and cheaper than hashing a record per cell.
        Map<ContractColumn, Integer> columnIndex = new IdentityHashMap<>();
        boolean usable = true;
        Row header = sheet.getRow(headerRow);
        for (Cell cell : header) {
            CellContent content = cells.read(cell);
            if (content.isBlank()) {
                continue;
            }
            for (ContractColumn column : contract.columns()) {
                if (column.matches(content.shown())) {
                    Integer earlier = columnIndex.putIfAbsent(column, cell.getColumnIndex());
                    if (earlier != null) {
                        problems.atCell(name, headerRow, cell.getColumnIndex(), "column \"" + column.header()
                                + "\" appears twice (also in column " + CellReference.convertNumToColString(earlier) + ")");
                        usable = false;
                    }
                }
            }
        }
        for (ContractColumn column : contract.columns()) {
            if (column.required() && !columnIndex.containsKey(column)) {
                problems.add(name, "missing column \"" + column.header() + "\" (row " + (headerRow + 1)
                        + " was taken as the header row)");
                usable = false;
            }
        }
        return usable ? Optional.of(new SheetTable(contract, sheet, headerRow, columnIndex, cells, problems))
                : Optional.empty();
    }

    static Sheet findSheet(Workbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().equalsIgnoreCase(name)) {
                return sheet;
            }
        }
        return null;
    }

    private static List<String> requiredHeaders(ContractSheet contract) {
        return contract.columns().stream().filter(ContractColumn::required).map(ContractColumn::header).toList();
    }

    /**
     * The row that names the most contract columns within the first rows, so a title above the table is skipped;
     * the first non-blank row when no row names any (its missing columns are then reported).
     */
    private static int headerRow(Sheet sheet, ContractSheet contract, CellReader cells, int firstRow) {
        int best = firstRow;
        int bestMatches = 0;
        for (Row row : sheet) {
            if (row.getRowNum() >= HEADER_SEARCH_ROWS) {
                break;
            }
            int matches = 0;
            for (Cell cell : row) {
                CellContent content = cells.read(cell);
                if (!content.isBlank() && contract.columns().stream().anyMatch(c -> c.matches(content.shown()))) {
                    matches++;
                }
            }
            if (matches > bestMatches) {
                best = row.getRowNum();
                bestMatches = matches;
            }
        }
        return best;
    }

    private static int firstNonBlankRow(Sheet sheet, CellReader cells) {
        for (Row row : sheet) {
            if (row.getRowNum() >= HEADER_SEARCH_ROWS) {
                return -1;
            }
            for (Cell cell : row) {
                if (!cells.read(cell).isBlank()) {
                    return row.getRowNum();
                }
            }
        }
        return -1;
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    boolean hasColumn(String component) {
        return columnIndex.containsKey(contract.column(component));
    }

    /** Data rows: below the header, not blank in every contract column, not marked as comments. */
    List<SheetRow> rows() {
        List<SheetRow> rows = new ArrayList<>();
        List<SheetRow> hidden = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= headerRow) {
                continue;
            }
            SheetRow sheetRow = new SheetRow(contract, sheet.getSheetName(), row, columnIndex, cells, problems);
            if (!isBlank(row) && !isComment(sheetRow)) {
                rows.add(sheetRow);
                // Excel stores a row hidden by hand and one a filter leaves out alike: at zero height.
                if (row.getZeroHeight()) {
                    hidden.add(sheetRow);
                }
            }
        }
        if (!hidden.isEmpty()) {
            warnHidden(hidden);
        }
        return rows;
    }

    /** One warning per sheet, at the first hidden row's name cell: a filter can hide thousands. */
    private void warnHidden(List<SheetRow> hidden) {
        String rowNumbers = hidden.stream().limit(HIDDEN_ROWS_NAMED).map(r -> Integer.toString(r.index() + 1))
                .collect(Collectors.joining(", "));
        String more = hidden.size() > HIDDEN_ROWS_NAMED ? " and " + (hidden.size() - HIDDEN_ROWS_NAMED) + " more" : "";
        problems.warn(hidden.getFirst().location(contract.idColumn()), (hidden.size() == 1 ? "row " : "rows ")
                + rowNumbers + more + (hidden.size() == 1 ? " is" : " are") + " hidden or filtered out, and "
                + (hidden.size() == 1 ? "was" : "were") + " imported like the others");
    }

    /** No contract column holds anything; a formula counts as something (it is read later). */
    private boolean isBlank(Row row) {
        for (int column : columnIndex.values()) {
            Cell cell = row.getCell(column);
            if (cell != null && switch (cell.getCellType()) {
                case BLANK -> false;
                case STRING -> !cell.getStringCellValue().isBlank();
                default -> true;
            }) {
                return false;
            }
        }
        return true;
    }

    private boolean isComment(SheetRow row) {
        return row.content(contract.idColumn()) instanceof CellContent.Text t
                && t.text().startsWith(ContractSheet.COMMENT_MARK);
    }
}
