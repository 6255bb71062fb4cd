package com.capacityworkbench.model.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiDirection;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.variant.StaleChange;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelComparisonWriterTest {

    @Test
    void writesKpisWithDeltasAndBestChangesVariantsAndOnePlanSheetPerColumn(@TempDir Path dir) throws Exception {
        Scenario scenario = TestScenarios.rich();
        Plan plan = TestPlans.forRich(scenario);
        ComparedPlan base = new ComparedPlan("base", "Frontier", scenario, plan, List.of(), List.of());
        ComparedPlan cheaper = new ComparedPlan("tpu-cheaper", "TPU prices −20 %: a long name that Excel must cut",
                scenario, plan, List.of("Price of accelerator TPU v5p × 0.80 (-20 %)"),
                List.of(new StaleChange("tpu-cheaper", 1, "Remove pool gone", "pool \"gone\" no longer exists")));
        Comparison comparison = new Comparison(List.of(base, cheaper),
                List.of(new KpiRow("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER, List.of(1000.0, 800.0), 1),
                        new KpiRow("Provider share", "Azure", "%", KpiDirection.NEUTRAL, List.of(60.0, 45.0), null)),
                Map.of("tpu-cheaper", List.of(new PlacementChange("chat-eu", PlacementChangeKind.MOVED, "azure-h100",
                        "gcp-tpu", -120.5, "=HYPERLINK(\"x\") is text"))));
        Path file = dir.resolve("compare.xlsx");

        ExcelComparisonWriter.write(comparison, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Comparison");
            assertThat(book.getSheet("Changes")).isNotNull();
            assertThat(book.getSheet("Variants")).isNotNull();
            assertThat(book.getSheet("Plan Frontier")).isNotNull();
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).anySatisfy(n -> assertThat(n).startsWith("Plan TPU prices").hasSizeLessThanOrEqualTo(31));

            Sheet kpis = book.getSheet("Comparison");
            assertThat(cells(kpis.getRow(0))).containsExactly("Group", "KPI", "Unit", "Frontier (base)",
                    "TPU prices −20 %: a long name that Excel must cut", "Δ TPU prices −20 %: a long name that Excel must cut",
                    "Δ% TPU prices −20 %: a long name that Excel must cut");
            Row total = kpis.getRow(1);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(800.0);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(-200.0);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(-20.0);
            assertThat(total.getCell(4).getCellStyle().getFillPattern()).as("best value highlighted")
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(total.getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(total.getCell(4).getCellStyle().getDataFormatString()).contains("$");
            Row share = kpis.getRow(2);
            assertThat(share.getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(share.getCell(4).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);

            Row change = book.getSheet("Changes").getRow(1);
            assertThat(cells(change)).containsExactly("TPU prices −20 %: a long name that Excel must cut", "chat-eu",
                    "moved", "azure-h100", "gcp-tpu", "-120.5", "=HYPERLINK(\"x\") is text");
            assertThat(change.getCell(6).getCellType()).as("never a formula from text").isEqualTo(CellType.STRING);

            Row variant = book.getSheet("Variants").getRow(2);
            assertThat(variant.getCell(2).getStringCellValue()).isEqualTo("Price of accelerator TPU v5p × 0.80 (-20 %)");
            assertThat(variant.getCell(3).getStringCellValue()).contains("pool \"gone\" no longer exists");
        }
    }

    @Test
    void sheetNamesAreSafeAndUnique() {
        Set<String> taken = new HashSet<>();
        assertThat(ExcelComparisonWriter.uniqueSheetName("Plan a/b:c", taken)).isEqualTo("Plan a b c");
        assertThat(ExcelComparisonWriter.uniqueSheetName("Plan a/b:c", taken)).isEqualTo("Plan a b c (2)");
        String longName = "Plan " + "x".repeat(40);
        assertThat(ExcelComparisonWriter.uniqueSheetName(longName, taken)).hasSize(31);
        assertThat(ExcelComparisonWriter.uniqueSheetName(longName, taken)).hasSize(31).endsWith(" (2)");
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.getCellType() == CellType.NUMERIC
                ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue()));
        return values;
    }
}
