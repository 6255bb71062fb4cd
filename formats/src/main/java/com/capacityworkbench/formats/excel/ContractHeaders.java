package com.capacityworkbench.formats.excel;

/**
 * The column headers of one sheet of the spreadsheet contract, for the other faces of the same fields (the
 * desktop app's tables, and rows pasted into them): one header per field, so a row copied from an exported sheet
 * pastes into the table it came from with every column, and a table's header is the sheet's.
 */
public final class ContractHeaders {

    private final ContractSheet sheet;

    private ContractHeaders(ContractSheet sheet) {
        this.sheet = sheet;
    }

    /** The sheet whose rows fill a scenario list ("sites", "workloads", …). */
    public static ContractHeaders of(String list) {
        return new ContractHeaders(ContractSheet.forComponent(list).orElseThrow(() ->
                new IllegalArgumentException("no sheet of the spreadsheet contract holds " + list)));
    }

    /** The header of a field's column, e.g. "Power cap by period (MW)" for powerCapByPeriod. */
    public String header(String field) {
        return sheet.column(field).header();
    }

    /**
     * Whether a header a user wrote (or a spreadsheet exported) names the column with this header: case, spaces and
     * a missing unit forgiven, as import reads it ("power cap by period" names "Power cap by period (MW)").
     */
    public static boolean sameColumn(String header, String userHeader) {
        return new ContractColumn(header, "", false, "").matches(userHeader);
    }

    /** The optional Uncertainty sheet's headers, in its order ("Name", "Kind", …, "Widen to"). */
    public static java.util.List<String> uncertainty() {
        return UncertaintySheet.HEADERS;
    }

    public String sheetName() {
        return sheet.sheetName();
    }
}
