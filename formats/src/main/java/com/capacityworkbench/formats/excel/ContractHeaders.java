package com.capacityworkbench.formats.excel;

import java.util.Arrays;
import java.util.List;

/**
 * The schema of one sheet of the spreadsheet contract, for the other faces of the same fields (the desktop app's
 * tables, rows pasted into them, the docs' column tables): each field's header (with its unit), whether it is
 * required, its range and its hint come from the one definition the workbook reader, writer and template use, so a
 * row copied from an exported sheet pastes into the table it came from with every column, and a table's header is
 * the sheet's.
 */
public final class ContractHeaders {

    private final String sheetName;
    private final String list;
    private final List<ContractColumn> columns;

    private ContractHeaders(String sheetName, String list, List<ContractColumn> columns) {
        this.sheetName = sheetName;
        this.list = list;
        this.columns = columns;
    }

    private ContractHeaders(ContractSheet sheet) {
        this(sheet.sheetName(), sheet.component(), sheet.columns());
    }

    /** The sheet whose rows fill a scenario list ("sites", "workloads", …). */
    public static ContractHeaders of(String list) {
        return new ContractHeaders(ContractSheet.forComponent(list).orElseThrow(() ->
                new IllegalArgumentException("no sheet of the spreadsheet contract holds " + list)));
    }

    /** The sheets of scenario lists, in workbook order (Settings, a sheet of keys, is not one). */
    public static List<ContractHeaders> entitySheets() {
        return Arrays.stream(ContractSheet.values()).filter(s -> s != ContractSheet.SETTINGS)
                .map(ContractHeaders::new).toList();
    }

    /** The record fields the sheet's columns fill, in the order the workbook writes them. */
    public List<String> fields() {
        return columns.stream().map(ContractColumn::component).toList();
    }

    /** The header of a field's column, e.g. "Power cap by period (MW)" for powerCapByPeriod. */
    public String header(String field) {
        return column(field).header();
    }

    /** What the field's cells hold: the kind of editor its table column has. */
    public ValueKind kind(String field) {
        return column(field).kind();
    }

    /** Whether a workbook must have the field's column. */
    public boolean required(String field) {
        return column(field).required();
    }

    /** What the column holds and what a blank cell means, as the template's Instructions sheet says it. */
    public String hint(String field) {
        return column(field).hint();
    }

    /** The validator's range of the field's numbers, as written ("more than 0 to 100,000 MW"); blank when none. */
    public String range(String field) {
        return RangeText.of(list, field);
    }

    /** The unit in a header's parentheses ("MW" for "Power cap (MW)"); empty when it has none. */
    public static String unit(String header) {
        return ContractColumn.unitOf(header);
    }

    /**
     * Whether a header a user wrote (or a spreadsheet exported) names the column with this header: case, spaces and
     * a missing unit forgiven, as import reads it ("power cap by period" names "Power cap by period (MW)").
     */
    public static boolean sameColumn(String header, String userHeader) {
        return new ContractColumn(header, "", false, ValueKind.TEXT, "").matches(userHeader);
    }

    /** The optional Uncertainty sheet's headers, in its order ("Name", "Kind", …, "Widen to"). */
    public static List<String> uncertainty() {
        return UncertaintySheet.HEADERS;
    }

    /** The optional Uncertainty sheet's schema: its fields are the app's Uncertainty table's. */
    public static ContractHeaders uncertaintySheet() {
        return new ContractHeaders(UncertaintySheet.NAME, "uncertainty", UncertaintySheet.COLUMNS);
    }

    /** The scenario list the sheet's rows fill ("sites"). */
    public String list() {
        return list;
    }

    public String sheetName() {
        return sheetName;
    }

    private ContractColumn column(String field) {
        return columns.stream().filter(c -> c.component().equals(field)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("sheet " + sheetName + " has no column for " + field));
    }
}
