package com.capacityworkbench.formats.excel;

import static com.capacityworkbench.formats.excel.TestWorkbooks.blank;
import static com.capacityworkbench.formats.excel.TestWorkbooks.cell;
import static com.capacityworkbench.formats.excel.TestWorkbooks.problems;
import static com.capacityworkbench.formats.excel.TestWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.validation.ValidationProblem;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per kind of cell problem: the exact Sheet!Cell and message. */
class ExcelImportProblemsTest {

    private XSSFWorkbook workbook;

    @BeforeEach
    void exportRichScenario() {
        workbook = TestWorkbooks.of(TestScenarios.rich());
    }

    @Test
    void countThatIsNotANumber() {
        set(workbook, "Pools!D3", "many");
        assertThat(problems(workbook)).containsExactly("Pools!D3: count must be a whole number ≥ 0, got \"many\"");
    }

    @Test
    void countThatIsNotWhole() {
        cell(workbook, "Pools!D2").setCellValue(2.5);
        assertThat(problems(workbook)).containsExactly("Pools!D2: count must be a whole number ≥ 0, got \"2.5\"");
    }

    @Test
    void negativeNumber() {
        cell(workbook, "Datasets!B2").setCellValue(-3);
        assertThat(problems(workbook)).containsExactly("Datasets!B2: size must be a number ≥ 0, got \"-3\"");
    }

    @Test
    void unknownDataset() {
        set(workbook, "Workloads!I2", "web-crawl; eu-logs");
        assertThat(problems(workbook)).containsExactly("Workloads!I2: unknown dataset \"eu-logs\"");
    }

    @Test
    void unknownSiteAndAccelerator() {
        set(workbook, "Pools!B2", "nowhere");
        set(workbook, "Pools!C4", "TPU v9");
        assertThat(problems(workbook)).containsExactly(
                "Pools!B2: unknown site \"nowhere\"",
                "Pools!C4: unknown accelerator \"TPU v9\"");
    }

    @Test
    void requiredCellLeftBlank() {
        blank(workbook, "Pools!B2");
        assertThat(problems(workbook)).containsExactly("Pools!B2: Site is required");
    }

    @Test
    void choiceNotInTheList() {
        set(workbook, "Providers!B2", "hyperscaler");
        assertThat(problems(workbook)).containsExactly(
                "Providers!B2: kind must be one of cloud, neocloud, self-built, got \"hyperscaler\"");
    }

    @Test
    void flagThatIsNeitherYesNorNo() {
        set(workbook, "Sites!E2", "maybe");
        assertThat(problems(workbook)).containsExactly("Sites!E2: sovereign must be yes or no, got \"maybe\"");
    }

    @Test
    void periodThatIsNotAPeriod() {
        set(workbook, "Pools!E2", "soon");
        assertThat(problems(workbook)).containsExactly("Pools!E2: from must be a period like 2027-Q1, got \"soon\"");
    }

    @Test
    void monthOnAQuarterlyHorizon() {
        set(workbook, "Pools!F2", "2027-03");
        assertThat(problems(workbook)).containsExactly("Pools!F2: to 2027-03 is a month but the horizon is in quarters");
    }

    @Test
    void countByPeriodThatIsNotPairs() {
        set(workbook, "Pools!I2", "2027-Q3:8192");
        assertThat(problems(workbook)).containsExactly(
                "Pools!I2: count by period must be PERIOD=VALUE pairs separated by \";\", got \"2027-Q3:8192\"");
    }

    @Test
    void countByPeriodWithAWrongCount() {
        set(workbook, "Pools!I2", "2027-Q3=8192;2028-Q1=lots");
        assertThat(problems(workbook)).containsExactly(
                "Pools!I2: count by period for 2028-Q1 must be a whole number ≥ 0, got \"lots\"");
    }

    @Test
    void duplicateName() {
        set(workbook, "Pools!A3", "azure-h100");
        assertThat(problems(workbook)).containsExactly("Pools!A3: duplicate pool \"azure-h100\" (first on row 2)");
    }

    @Test
    void unknownFamily() {
        set(workbook, "Workloads!G2", "CUDA;Metal");
        assertThat(problems(workbook)).containsExactly(
                "Workloads!G2: unknown family \"Metal\" (one of CUDA, ROCm, XLA, Neuron, Gaudi)");
    }

    @Test
    void unknownGeography() {
        set(workbook, "Sites!K2", "mars");
        assertThat(problems(workbook)).containsExactly(
                "Sites!K2: unknown geography \"mars\" (the Lists sheet of the template names them)");
    }

    @Test
    void siteWithoutGeography() {
        blank(workbook, "Sites!K3");
        assertThat(problems(workbook)).containsExactly(
                "Sites!K3: Geography is needed: where the site is, e.g. eu-north (the Lists sheet names them all)");
    }

    @Test
    void formulaThatGivesAnError() {
        cell(workbook, "Accelerators!D2").setCellFormula("1/0");
        assertThat(problems(workbook)).containsExactly("Accelerators!D2: memory: formula gives #DIV/0!");
    }

    @Test
    void settingWithAWrongValue() {
        set(workbook, "Settings!B11", "lots");
        assertThat(problems(workbook)).containsExactly(
                "Settings!B11: max provider share must be a number ≥ 0, got \"lots\"");
    }

    @Test
    void settingMissing() {
        workbook.getSheet("Settings").removeRow(workbook.getSheet("Settings").getRow(3));
        assertThat(problems(workbook)).containsExactly("Settings: missing setting \"First period\"");
    }

    @Test
    void unknownPrimaryProvider() {
        set(workbook, "Settings!B7", "gcp");
        assertThat(problems(workbook)).containsExactly("Settings!B7: unknown provider \"gcp\"");
    }

    @Test
    void badPeriodLength() {
        set(workbook, "Settings!B6", "fortnight");
        assertThat(problems(workbook)).containsExactly(
                "Settings!B6: period length must be one of quarter, month, got \"fortnight\"");
    }

    @Test
    void missingSheet() {
        workbook.removeSheetAt(workbook.getSheetIndex("Accelerators"));
        assertThat(problems(workbook)).containsExactly("Accelerators: missing sheet \"Accelerators\"");
    }

    @Test
    void missingRequiredColumns() {
        blank(workbook, "Pools!H1");
        set(workbook, "Workloads!F1", "Prio");
        assertThat(problems(workbook)).containsExactly(
                "Pools: missing column \"Price ($/accel-h)\" (row 1 was taken as the header row)",
                "Workloads: missing column \"Priority\" (row 1 was taken as the header row)");
    }

    @Test
    void columnTwice() {
        set(workbook, "Pools!J1", "count");
        assertThat(problems(workbook)).containsExactly("Pools!J1: column \"Count\" appears twice (also in column D)");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        set(workbook, "Pools!D3", "many");
        set(workbook, "Sites!E2", "maybe");
        set(workbook, "Workloads!I4", "eu-logs");
        blank(workbook, "Datasets!C2");
        assertThat(problems(workbook)).containsExactly(
                "Sites!E2: sovereign must be yes or no, got \"maybe\"",
                "Pools!D3: count must be a whole number ≥ 0, got \"many\"",
                "Datasets!C2: Home site is required",
                "Workloads!I4: unknown dataset \"eu-logs\"");
    }

    @Test
    void everyWrongCellOfOneRowIsReported() {
        set(workbook, "Pools!D2", "many");
        blank(workbook, "Pools!B2");
        set(workbook, "Pools!G2", "leased");
        assertThat(problems(workbook)).containsExactly(
                "Pools!B2: Site is required",
                "Pools!D2: count must be a whole number ≥ 0, got \"many\"",
                "Pools!G2: pricing must be one of on-demand, committed, self-built, got \"leased\"");
    }

    @Test
    void validatorProblemsAreMappedToTheirCells() {
        ExcelScenarioReader reader = new ExcelScenarioReader(s -> List.of(
                new ValidationProblem("workloads[1].datasets", "reads eu-chat-logs, which may not leave azure"),
                new ValidationProblem("pools[2]", "no site power left"),
                new ValidationProblem("sites[0].powerCapByPeriod[2027-Q3]", "cap below the cap in force"),
                new ValidationProblem("policies.primaryProvider", "must be a cloud"),
                new ValidationProblem("horizon", "first period after last")));
        assertThatThrownBy(() -> reader.read(workbook, Path.of("x.xlsx")))
                .isInstanceOfSatisfying(ScenarioFileException.class, e -> assertThat(e.problems()).containsExactly(
                        new FileProblem("Workloads!I3", "reads eu-chat-logs, which may not leave azure"),
                        new FileProblem("Pools!A4", "no site power left"),
                        new FileProblem("Sites!G2", "cap below the cap in force"),
                        new FileProblem("Settings!B7", "must be a cloud"),
                        new FileProblem("Settings!B4", "first period after last")));
    }

    @Test
    void problemsNameTheFile() {
        set(workbook, "Pools!D3", "many");
        assertThatThrownBy(() -> TestWorkbooks.READER.read(workbook, Path.of("plans", "q3.xlsx")))
                .hasMessageContaining("q3.xlsx")
                .hasMessageContaining("Pools!D3: count must be a whole number ≥ 0, got \"many\"");
    }
}
