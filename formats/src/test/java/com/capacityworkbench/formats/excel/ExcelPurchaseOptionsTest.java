package com.capacityworkbench.formats.excel;

import static com.capacityworkbench.formats.excel.TestWorkbooks.problems;
import static com.capacityworkbench.formats.excel.TestWorkbooks.ruleProblems;
import static com.capacityworkbench.formats.excel.TestWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #17: offers, build-outs and spend terms travel through the optional Offers, Build-outs and Spend terms sheets. */
class ExcelPurchaseOptionsTest {

    @TempDir
    Path dir;

    private static Scenario buying() {
        return com.capacityworkbench.model.testing.TestScenarios.buying();
    }

    @Test
    void offersBuildOutsAndSpendTermsComeBackEqual() throws Exception {
        Path file = dir.resolve("buying.xlsx");
        ExcelScenarioWriter.write(buying(), file);

        Scenario read = ExcelScenarioReader.read(file);
        assertThat(read.purchaseOptions()).isEqualTo(buying().purchaseOptions());
        assertThat(read).isEqualTo(buying());
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(cells(workbook.getSheet("Offers").getRow(0))).containsExactly("Id", "Provider", "Site",
                    "Accelerator", "Block size (accelerators)", "Min blocks", "Max blocks", "Earliest start",
                    "Lead time (periods)", "Term (periods)", "Price ($/accel-hour)", "Upfront ($)");
            assertThat(cells(workbook.getSheet("Build-outs").getRow(1))).containsExactly("campus-step-1",
                    "lab-campus", "100", "2027-Q3", "10000000", "8", "h100");
            assertThat(workbook.getSheet("Spend terms").getRow(1).getCell(5).getNumericCellValue()).isEqualTo(4e8);
        }
    }

    @Test
    void aScenarioWithNothingToBuyHasNoPurchaseSheetsAndReadsWithoutThem() throws Exception {
        Path file = dir.resolve("plain.xlsx");
        Scenario plain = buying().withPurchaseOptions(com.capacityworkbench.model.scenario.PurchaseOptions.NONE);
        ExcelScenarioWriter.write(plain, file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getSheet("Offers")).isNull();
            assertThat(workbook.getSheet("Build-outs")).isNull();
            assertThat(workbook.getSheet("Spend terms")).isNull();
        }
        assertThat(ExcelScenarioReader.read(file)).isEqualTo(plain);
    }

    @Test
    void badCellsOnEachSheetAreReportedWhereTheyAreAndNothingIsImported() {
        XSSFWorkbook workbook = TestWorkbooks.of(buying());
        set(workbook, "Offers!E2", "many");
        set(workbook, "Offers!D3", "b300");
        set(workbook, "Build-outs!D2", "2027-Q9");
        set(workbook, "Build-outs!G2", "h100;mi355x");
        set(workbook, "'Spend terms'!E2", "lots");

        assertThat(problems(workbook)).containsExactly(
                "Offers!E2: block size must be a whole number ≥ 1, got \"many\"",
                "Offers!D3: unknown accelerator \"b300\"",
                "Build-outs!D2: earliest must be a period like 2027-Q1, got \"2027-Q9\"",
                "Build-outs!G2: unknown accelerator \"mi355x\"",
                "Spend terms!E2: minimum spend must be a number ≥ 0, got \"lots\"");
    }

    @Test
    void aRuleBrokenOnAPurchaseSheetIsPlacedOnItsCell() {
        XSSFWorkbook workbook = TestWorkbooks.of(buying());
        set(workbook, "Offers!B2", "azure");
        set(workbook, "Offers!F3", "5");
        set(workbook, "Build-outs!C2", "20000");
        set(workbook, "'Spend terms'!F2", "1000");

        assertThat(ruleProblems(workbook)).containsExactly(
                "Offers!B2: the offer is from azure, but site aws-east is aws's; an offer is sold by the provider of"
                        + " its site",
                "Offers!F3: must be at most max blocks (4), got 5",
                "Build-outs!C2: must be at most 10,000 MW, got 20,000",
                "Spend terms!F2: must be at least the minimum spend (100,000,000), got 1,000");
    }

    @Test
    void aSpendCapBelowTheCommittedPoolsIsPlacedOnItsCell() {
        XSSFWorkbook workbook = TestWorkbooks.of(buying());
        set(workbook, "'Spend terms'!F2", "200000000");

        assertThat(ruleProblems(workbook)).containsExactly("Spend terms!F2: is below what azure's committed pools"
                + " cost over 2027-Q1..2027-Q4 whether used or not (242,362,368), so no plan can keep it; got 200,000,000");
    }

    @Test
    void aPurchaseSheetWithoutARequiredColumnIsReported() {
        XSSFWorkbook workbook = TestWorkbooks.of(buying());
        set(workbook, "'Spend terms'!E1", "Minimum");
        assertThat(problems(workbook)).contains("Spend terms: missing column \"Minimum spend ($)\" (row 1 was taken as"
                + " the header row)");
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(switch (cell.getCellType()) {
            case NUMERIC -> CellContent.formatNumber(cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        }));
        return cells;
    }
}
