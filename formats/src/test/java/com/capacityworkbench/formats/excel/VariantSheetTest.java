package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.PolicyChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.Variant;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantSheetTest {

    private static Scenario withVariants() throws Exception {
        Scenario frontier = com.capacityworkbench.formats.json.ScenarioJson.read(Path.of("..", "samples", "frontier-2027.json"));
        assertThat(frontier.variants()).hasSizeGreaterThanOrEqualTo(4);
        return frontier;
    }

    @Test
    void variantsTravelInTheirOwnSheetOneRowPerChange(@TempDir Path dir) throws Exception {
        Scenario scenario = withVariants().withVariants(List.of(
                withVariants().variants().get(0), new Variant("empty", "No changes yet", null, null, List.of())));
        Path file = dir.resolve("v.xlsx");
        ExcelScenarioWriter.write(scenario, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheet("Variants");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).startsWith("Price of accelerator tpu-v5p");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
        assertThat(ExcelScenarioReader.read(file).variants()).isEqualTo(scenario.variants());
    }

    @Test
    void aDamagedChangeIsReportedAtItsCell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v.xlsx");
        ExcelScenarioWriter.write(withVariants(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheet("Variants").getRow(2).getCell(5).setCellValue("{\"type\":\"teleport\"}");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        assertThatThrownBy(() -> ExcelScenarioReader.read(file))
                .isInstanceOfSatisfying(ScenarioFileException.class, e -> assertThat(e.problems())
                        .extracting(FileProblem::location).containsExactly("Variants!F3"))
                .hasMessageContaining("not a change");
    }

    @Test
    void changeDataReadsAsInAJsonFileWithLenientLabels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v.xlsx");
        ExcelScenarioWriter.write(withVariants(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheet("Variants").getRow(2).getCell(5)
                    .setCellValue("{\"type\":\"policy\",\"firstRefusal\":\"Strict\"}");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        Scenario read = ExcelScenarioReader.read(file);

        assertThat(read.variants().stream().flatMap(v -> v.changes().stream()))
                .contains(new PolicyChange(null, FirstRefusalMode.STRICT, null, null, null));
    }

    @Test
    void aChangeThatCannotBeWrittenStopsTheSaveNamingItsCellAndLeavesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v.xlsx");
        Files.writeString(file, "the planner's earlier file");
        Scenario scenario = withVariants();
        Variant first = scenario.variants().getFirst();
        Scenario broken = scenario.withVariants(List.of(first.withChanges(List.of(
                new PriceFactor(PriceTarget.ACCELERATOR, "tpu-v5p", Double.NaN)))));

        assertThatThrownBy(() -> ExcelScenarioWriter.write(broken, file))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("the file was left unchanged: Variants!F2 (Change data): variant " + first.id())
                .hasMessageContaining("NaN");
        assertThat(Files.readString(file)).isEqualTo("the planner's earlier file");
    }
}
