package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader guessed is said, with its cell, and the import goes on: warnings, not errors. */
class ExcelImportWarningsTest {

    @TempDir
    Path dir;

    private final Scenario scenario = TestScenarios.rich();
    private final XSSFWorkbook workbook = TestWorkbooks.of(scenario);

    @AfterEach
    void close() throws Exception {
        workbook.close();
    }

    private ImportedScenario read() throws Exception {
        return TestWorkbooks.READER.readWithWarnings(workbook, Path.of("test.xlsx"));
    }

    private List<String> warnings() throws Exception {
        return read().warnings().stream().map(FileProblem::toString).toList();
    }

    /** {@code Pools!D2}: the cell of a column (by its header) in a data row (1-based, as Excel shows it). */
    private String address(String sheetName, String header, int excelRow) {
        Row headers = workbook.getSheet(sheetName).getRow(0);
        for (Cell cell : headers) {
            if (cell.getStringCellValue().equals(header)) {
                return sheetName + "!" + CellReference.convertNumToColString(cell.getColumnIndex()) + excelRow;
            }
        }
        throw new AssertionError("no column " + header + " on " + sheetName);
    }

    @Test
    void aWorkbookAsWrittenImportsWithoutWarnings() throws Exception {
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aDotThatMaySeparateThousandsIsReadAsADecimalPointAndSaidSo() throws Exception {
        String count = address("Pools", "Count", 2);
        TestWorkbooks.set(workbook, count, "8.000");

        ImportedScenario imported = read();

        assertThat(imported.scenario().pools().getFirst().count()).isEqualTo(8);
        assertThat(imported.warnings()).map(FileProblem::toString).containsExactly(count
                + ": \"8.000\" was read as 8 (a dot is the decimal point here); if 8000 was meant, write 8000");
    }

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndSaidSo() throws Exception {
        Sheet workloads = workbook.getSheet("Workloads");
        workloads.shiftRows(0, workloads.getLastRowNum(), 2);
        // A title that names a column ("Workload") is still a title: the header row names far more.
        workloads.createRow(0).createCell(0).setCellValue("Workload");

        ImportedScenario imported = read();

        assertThat(imported.scenario().workloads()).isEqualTo(scenario.workloads());
        assertThat(imported.warnings()).map(FileProblem::toString).containsExactly(
                "Workloads!A1: rows 1 to 2 above the column headers (row 3) were skipped as a title");
    }

    @Test
    void hiddenAndFilteredOutRowsAreImportedAndSaidSo() throws Exception {
        workbook.getSheet("Workloads").getRow(2).setZeroHeight(true);

        ImportedScenario imported = read();

        assertThat(imported.scenario().workloads()).isEqualTo(scenario.workloads());
        assertThat(imported.warnings()).map(FileProblem::toString).containsExactly(
                "Workloads!A3: row 3 is hidden or filtered out, and was imported like the others");
    }

    @Test
    void aLinkToAnotherWorkbookUsesTheSavedValueAndSaysSo() throws Exception {
        String demand = address("Workloads", "Demand (ref accel)", 2);
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Demand").createRow(0).createCell(0).setCellValue(640);
            workbook.linkExternalWorkbook("forecast.xlsx", other);
            Cell cell = TestWorkbooks.cell(workbook, demand);
            cell.setCellFormula("[forecast.xlsx]Demand!A1");
            cell.setCellValue(640);
        }
        // Read back from a file, as a planner's workbook is: the linked workbook is not there.
        Path file = TestWorkbooks.save(workbook, dir.resolve("linked.xlsx"));

        ImportedScenario imported = TestWorkbooks.READER.readFileWithWarnings(file);

        assertThat(imported.scenario().workloads().getFirst().demand()).isEqualTo(640);
        assertThat(imported.warnings()).map(FileProblem::toString).containsExactly(demand
                + ": the formula =[forecast.xlsx]Demand!A1 links to another workbook; the value last saved with this one, \"640\", was used");
    }

    @Test
    void aFormulaThatCannotBeWorkedOutUsesTheSavedValueAndSaysSo() throws Exception {
        String demand = address("Workloads", "Demand (ref accel)", 2);
        Cell cell = TestWorkbooks.cell(workbook, demand);
        // CUBEVALUE needs an OLAP connection: POI parses it but cannot evaluate it.
        cell.setCellFormula("CUBEVALUE(\"Sales\",\"[Measures].[Demand]\")");
        cell.setCellValue(512);

        ImportedScenario imported = read();

        assertThat(imported.scenario().workloads().getFirst().demand()).isEqualTo(512);
        assertThat(imported.warnings()).map(FileProblem::toString).containsExactly(demand
                + ": the formula =CUBEVALUE(\"Sales\",\"[Measures].[Demand]\") cannot be worked out here; the value last"
                + " saved with the workbook, \"512\", was used");
    }

    @Test
    void aFractionInAPercentColumnIsReadAsPercentAndSaidSo() throws Exception {
        String share = settingsValue("Max provider share (%)");
        TestWorkbooks.cell(workbook, share).setCellValue(0.6);

        ImportedScenario imported = read();

        assertThat(imported.scenario().policies().maxProviderSharePct()).isEqualTo(0.6);
        assertThat(imported.warnings()).map(FileProblem::toString).containsExactly(share
                + ": \"0.6\" was read as 0.6 % (the column is in %); if 60 % was meant, write 60 or 60%");
    }

    @Test
    void nonBreakingAndOtherUnicodeSpacesAreTrimmedLikeOrdinaryOnes() throws Exception {
        String name = address("Workloads", "Workload", 2);
        String families = address("Workloads", "Families", 2);
        String id = scenario.workloads().getFirst().id();
        TestWorkbooks.set(workbook, name, "\u00A0" + id + "\u202F\u3000");
        String written = TestWorkbooks.cell(workbook, families).getStringCellValue();
        TestWorkbooks.set(workbook, families, "\u2007" + written.replace(";", ";\u00A0") + "\u200B");

        ImportedScenario imported = read();

        assertThat(imported.scenario()).isEqualTo(scenario);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void aMacroWorkbookSavedAsXlsxIsReadAndSaidSo() throws Exception {
        try (XSSFWorkbook macros = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            new ScenarioSheetsWriter(macros, new WorkbookStyles(macros)).write(scenario);

            ImportedScenario imported = TestWorkbooks.READER.readWithWarnings(macros, Path.of("renamed.xlsx"));

            assertThat(imported.scenario()).isEqualTo(scenario);
            assertThat(imported.warnings()).map(FileProblem::toString).containsExactly("the workbook holds macros (a"
                    + " macro workbook saved as .xlsx); they were not run, the values last saved with it were read");
        }
    }

    private String settingsValue(String key) {
        for (Row row : workbook.getSheet("Settings")) {
            if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
                return "Settings!B" + (row.getRowNum() + 1);
            }
        }
        throw new AssertionError("no key " + key);
    }
}
