package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.formats.excel.WorkbookStyles.NumberStyle;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    @Test
    void aCellThatCannotBeWrittenIsNamedWithItsSheetCellAndColumn() throws Exception {
        try (XSSFWorkbook styled = new XSSFWorkbook(); XSSFWorkbook other = new XSSFWorkbook()) {
            // Styles of one workbook on the cells of another: POI refuses, as it would a full disk mid-row.
            TableWriter table = new TableWriter(other.createSheet("Plan"), new WorkbookStyles(styled));

            assertThatThrownBy(() -> table.header(List.of("Workload", "Cost ($)")))
                    .isInstanceOf(CellWriteException.class)
                    .hasMessageStartingWith("Plan!A1 (Workload): ");
        }
    }

    @Test
    void aRowAlreadyStreamedToDiskIsNamedByItsFirstCell() throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1)) {
            var sheet = workbook.createSheet("Explanations");
            TableWriter first = new TableWriter(sheet, new WorkbookStyles(workbook));
            first.header(List.of("Workload"));
            first.row(List.of("a"), List.of(NumberStyle.GENERAL));
            first.row(List.of("b"), List.of(NumberStyle.GENERAL));
            // A second table beside the first needs rows that the streamed sheet has already written out.
            TableWriter beside = new TableWriter(sheet, new WorkbookStyles(workbook), 1, 3);

            assertThatThrownBy(() -> beside.row(List.of("c"), List.of(NumberStyle.GENERAL)))
                    .isInstanceOf(CellWriteException.class)
                    .hasMessageStartingWith("Explanations!D2: ");
        }
    }

    @Test
    void textLongerThanACellHoldsIsCutWithoutSplittingACharacter() {
        String emoji = "\uD83D\uDE80";
        String text = "a".repeat(CellText.MAX_CHARS - 46) + emoji + "b".repeat(40_000);

        String fitted = CellText.fitted(text);

        assertThat(fitted).hasSizeLessThanOrEqualTo(CellText.MAX_CHARS)
                .endsWith("a … [cut: 72,723 characters, a cell holds 32,767]");
        assertThat(CellText.fitted("short")).isEqualTo("short");
    }

    @Test
    void aWideSheetWithACommaInItsNameRepeatsItsHeaderRowOnly() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Plan Tiny, four pools");
            TableWriter table = new TableWriter(sheet, new WorkbookStyles(workbook));
            table.header(List.of("x".repeat(60), "y".repeat(60), "z".repeat(60)));

            table.finish();

            // POI's own getRepeatingRows cannot read back a name with a comma: the print titles as written.
            assertThat(workbook.getAllNames()).filteredOn(n -> n.getNameName().equals("_xlnm.Print_Titles"))
                    .singleElement().satisfies(name ->
                            assertThat(name.getRefersToFormula()).isEqualTo("'Plan Tiny, four pools'!$1:$1"));
            assertThat(sheet.getPrintSetup().getScale()).isEqualTo(TableWriter.WIDE_SHEET_SCALE);
        }
    }
}
