package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelRoundTripTest {

    @TempDir
    Path dir;

    private static final ExcelScenarioReader READER = new ExcelScenarioReader(s -> List.of());

    static List<Path> samples() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of("..", "samples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("samples")
    void everySampleComesBackEqualAndValid(Path sample) throws Exception {
        Scenario scenario = com.capacityworkbench.formats.json.ScenarioJson.read(sample);
        Path file = dir.resolve(sample.getFileName() + ".xlsx");
        ExcelScenarioWriter.write(scenario, file);
        assertThat(ExcelScenarioReader.read(file)).isEqualTo(scenario);
        assertThat(com.capacityworkbench.formats.ScenarioFiles.read(file)).isEqualTo(scenario);
    }

    @Test
    void aGeneratedScenarioComesBackEqual() throws Exception {
        Scenario scenario = com.capacityworkbench.model.generate.ScenarioGenerator.generate(
                new com.capacityworkbench.model.generate.ScenarioGenerator.Settings(300, 40, 8, 7));
        Path file = dir.resolve("generated.xlsx");
        ExcelScenarioWriter.write(scenario, file);
        assertThat(ExcelScenarioReader.read(file)).isEqualTo(scenario);
    }

    @Test
    void samplesAreThere() throws Exception {
        assertThat(samples()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void richScenarioComesBackEqual() throws Exception {
        Scenario scenario = TestScenarios.rich();
        Path file = dir.resolve("rich.xlsx");
        ExcelScenarioWriter.write(scenario, file);
        assertThat(READER.readFile(file)).isEqualTo(scenario);
    }

    @Test
    void monthlyScenarioComesBackEqual() throws Exception {
        Scenario scenario = TestScenarios.monthly();
        Path file = dir.resolve("monthly.xlsx");
        ExcelScenarioWriter.write(scenario, file);
        assertThat(READER.readFile(file)).isEqualTo(scenario);
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        Path file = dir.resolve("rich.xlsx");
        ExcelScenarioWriter.write(TestScenarios.rich(), file);
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet providers = workbook.getSheet("Providers");
            var notes = providers.getRow(3).getCell(5);
            assertThat(notes.getCellType()).isEqualTo(CellType.STRING);
            assertThat(notes.getStringCellValue()).isEqualTo("=2+3 is not a formula");
            assertThat(notes.getCellStyle().getQuotePrefixed()).isTrue();
            Row rl = workbook.getSheet("Workloads").getRow(3);
            assertThat(rl.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(rl.getCell(0).getStringCellValue()).isEqualTo("-rl-sweep");
            assertThat(rl.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
                }
            }
        }
    }

    @Test
    void savingReplacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("s.xlsx");
        ExcelScenarioWriter.write(TestScenarios.rich(), file);
        ExcelScenarioWriter.write(TestScenarios.monthly(), file);
        assertThat(READER.readFile(file)).isEqualTo(TestScenarios.monthly());
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("s.xlsx");
        }
    }
}
