package com.capacityworkbench.formats.excel;

import static com.capacityworkbench.formats.excel.TestWorkbooks.problems;
import static com.capacityworkbench.formats.excel.TestWorkbooks.ruleProblems;
import static com.capacityworkbench.formats.excel.TestWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution.Outcome;
import com.capacityworkbench.model.uncertainty.NormalDistribution;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import com.capacityworkbench.model.uncertainty.UniformDistribution;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #16: the uncertain inputs travel through the optional Uncertainty sheet, typed in plain columns. */
class ExcelUncertaintyTest {

    @TempDir
    Path dir;

    static Scenario withUncertainty() {
        return TestScenarios.rich().withUncertainty(new UncertaintyModel(List.of(
                new UncertainInput("Campus slip", UncertainKind.POOL_DELAY, "pool", "tx-mi300",
                        new DiscreteDistribution(List.of(new Outcome(0, 0.5), new Outcome(1, 0.3), new Outcome(2, 0.2))),
                        null, Set.of()),
                new UncertainInput("GPU market", UncertainKind.PRICE_FACTOR, "accelerator", "H100",
                        new TriangularDistribution(0.7, 0.9, 1.2), "GPU market", Set.of()),
                new UncertainInput("Trainium market", UncertainKind.PRICE_FACTOR, "provider", "aws",
                        new UniformDistribution(0.8, 1.1), "GPU market", Set.of()),
                new UncertainInput("Assistant growth", UncertainKind.DEMAND_FACTOR, "workload", "eu-assistant",
                        new NormalDistribution(1.25, 0.15, 0.9, 1.8), null, Set.of()),
                new UncertainInput("Campus power", UncertainKind.POWER_CAP_FACTOR, "site", "campus-tx",
                        new UniformDistribution(0.7, 1.0), null, Set.of()),
                new UncertainInput("EU logs to Switzerland", UncertainKind.RESIDENCY_WIDENING, "dataset", "eu-chat-logs",
                        DiscreteDistribution.chance(0.25), null, Set.of("CH")))));
    }

    @Test
    void uncertainInputsComeBackEqual() throws Exception {
        Scenario scenario = withUncertainty();
        Path file = dir.resolve("uncertain.xlsx");
        ExcelScenarioWriter.write(scenario, file);

        assertThat(ExcelScenarioReader.read(file)).isEqualTo(scenario);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            var sheet = workbook.getSheet("Uncertainty");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("discrete");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("0: 50 %; 1: 30 %; 2: 20 %");
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(0.9);
        }
    }

    @Test
    void aScenarioWithoutUncertaintyHasNoUncertaintySheet() throws Exception {
        try (XSSFWorkbook workbook = TestWorkbooks.of(TestScenarios.rich())) {
            assertThat(workbook.getSheet("Uncertainty")).isNull();
        }
    }

    @Test
    void badCellsAreReportedWhereTheyAre() {
        XSSFWorkbook workbook = TestWorkbooks.of(withUncertainty());
        set(workbook, "Uncertainty!E3", "lognormal");
        set(workbook, "Uncertainty!K2", "0: half; 2: 50 %");
        set(workbook, "Uncertainty!B6", "power factor");

        assertThat(problems(workbook)).containsExactly(
                "Uncertainty!K2: \"0: half\" is not \"value: probability %\"",
                "Uncertainty!E3: \"lognormal\" is not a distribution (uniform, triangular, normal, discrete)",
                "Uncertainty!B6: \"power factor\" is not a kind of uncertain input (price factor, pool delay, "
                        + "pool count factor, power cap factor, demand factor, residency widening)");
    }

    @Test
    void aRuleBrokenByAnInputIsPlacedOnItsRow() {
        XSSFWorkbook workbook = TestWorkbooks.of(withUncertainty());
        set(workbook, "Uncertainty!D5", "no-such-workload");

        assertThat(ruleProblems(workbook)).containsExactly("Uncertainty!D5: there is no workload \"no-such-workload\"");
    }
}
