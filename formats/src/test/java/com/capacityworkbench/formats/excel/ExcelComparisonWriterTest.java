package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiDirection;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementCause;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.model.compare.PlanOrigin;
import com.capacityworkbench.model.compare.SeedRun;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
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
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelComparisonWriterTest {

    /** A base and one variant: total cost −20 %, Azure's share 60 → 45 %. */
    private static Comparison comparison() {
        Scenario scenario = TestScenarios.rich();
        Plan plan = TestPlans.forRich(scenario);
        PlanQuality proven = new PlanQuality(List.of(new LevelQuality(PlanLevel.COST, 1000, 1000.0, true, false, 1.0)),
                2.5, 42);
        ComparedPlan base = new ComparedPlan("base", "Frontier", scenario, plan, List.of(), List.of(),
                List.of(new SeedRun(42, plan.score(), plan.kpis(), proven)), PlanOrigin.SOLVED);
        ComparedPlan cheaper = new ComparedPlan("tpu-cheaper", "TPU prices −20 %: a long name that Excel must cut",
                scenario, plan, List.of("Price of accelerator TPU v5p × 0.80 (-20 %)"),
                List.of(new StaleChange("tpu-cheaper", 1, "Remove pool gone", "pool \"gone\" no longer exists")),
                List.of(new SeedRun(42, plan.score(), plan.kpis(), null), new SeedRun(43, plan.score(), plan.kpis(), null)),
                PlanOrigin.adopted("base", "Frontier"));
        return new Comparison(List.of(base, cheaper),
                List.of(new KpiRow("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER, List.of(1000.0, 800.0), 1,
                                List.of(0.0, 250.0)),
                        new KpiRow("Provider share", "Azure", "%", KpiDirection.NEUTRAL, List.of(60.0, 45.0), null)),
                Map.of("tpu-cheaper", List.of(new PlacementChange("chat-eu", PlacementChangeKind.MOVED, "azure-h100",
                        "gcp-tpu", -120.5, PlacementCause.AS_GOOD, "=HYPERLINK(\"x\") is text"))));
    }

    @Test
    void theChangesInPercentAreChartedBelowTheKpis(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("compare.xlsx");

        ExcelComparisonWriter.write(comparison(), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("Comparison");
            assertThat(cells(sheet.getRow(5))).containsExactly("KPI", "Δ% TPU prices −20 %: a long name that Excel must cut");
            assertThat(cells(sheet.getRow(6))).containsExactly("Cost: Total cost", "-20.0");
            assertThat(cells(sheet.getRow(7))).containsExactly("Provider share: Azure", "-25.0");
            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().getFirst();
            assertThat(chart.getTitleText().getString()).isEqualTo("Change against the base (%)");
            XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().getFirst();
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
            assertThat(bars.getSeriesCount()).isEqualTo(1);
            var series = bars.getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Comparison!$A$7:$A$8");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Comparison!$B$7:$B$8");
            assertThat(series.getValuesData().getPointAt(1)).isEqualTo(-25.0);
        }
    }

    @Test
    void aComparisonWorkbookImportedAsAScenarioIsRefusedAsSuch(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("compare.xlsx");
        ExcelComparisonWriter.write(comparison(), file);

        assertThat(TestWorkbooks.problems(file)).containsExactly("this is a comparison workbook, not a scenario: it"
                + " holds the KPIs and plans of variants, not their scenario sheets; import the scenario that was"
                + " compared instead");
    }

    @Test
    void writesKpisWithDeltasAndBestChangesVariantsAndOnePlanSheetPerColumn(@TempDir Path dir) throws Exception {
        Comparison comparison = comparison();
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
            String name = "TPU prices −20 %: a long name that Excel must cut";
            assertThat(cells(kpis.getRow(0))).containsExactly("Group", "KPI", "Unit", "Frontier (base)", name,
                    "Δ " + name, "Δ% " + name, "Noise " + name, "Spread Frontier", "Spread " + name);
            Row total = kpis.getRow(1);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(800.0);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(-200.0);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(-20.0);
            assertThat(total.getCell(4).getCellStyle().getFillPattern()).as("best value highlighted")
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(total.getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(total.getCell(4).getCellStyle().getDataFormatString()).contains("$");
            assertThat(total.getCell(7).getStringCellValue()).as("-200 is within the variant's spread of 250")
                    .isEqualTo("within solver noise");
            assertThat(book.getFontAt(total.getCell(5).getCellStyle().getFontIndex()).getItalic())
                    .as("a difference within noise is greyed").isTrue();
            assertThat(total.getCell(5).getCellStyle().getDataFormatString()).contains("$");
            assertThat(total.getCell(8).getNumericCellValue()).as("proven optimal: no spread").isZero();
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(250.0);
            Row share = kpis.getRow(2);
            assertThat(share.getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(share.getCell(4).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(share.getCell(7)).as("no spread known, no mark").isNull();
            assertThat(share.getCell(8)).as("an unknown spread is a blank cell").isNull();
            assertThat(book.getFontAt(share.getCell(5).getCellStyle().getFontIndex()).getItalic()).isFalse();

            Row change = book.getSheet("Changes").getRow(1);
            assertThat(cells(book.getSheet("Changes").getRow(0))).containsExactly("Variant", "Workload", "Change", "From",
                    "To", "Cost delta ($)", "Caused by a change", "Why");
            assertThat(cells(change)).containsExactly("TPU prices −20 %: a long name that Excel must cut", "chat-eu",
                    "moved", "azure-h100", "gcp-tpu", "-120.5", "no", "=HYPERLINK(\"x\") is text");
            assertThat(change.getCell(7).getCellType()).as("never a formula from text").isEqualTo(CellType.STRING);

            Sheet variants = book.getSheet("Variants");
            assertThat(cells(variants.getRow(0))).containsExactly("Variant", "Name", "Changes", "Stale changes", "Feasible",
                    "Plan quality", "Seeds");
            assertThat(variants.getRow(1).getCell(5).getStringCellValue()).as("the plans' quality, not a raw score")
                    .isEqualTo("Proven optimal on every level (solved in 2.5 s)");
            Row variant = variants.getRow(2);
            assertThat(variant.getCell(2).getStringCellValue()).isEqualTo("Price of accelerator TPU v5p × 0.80 (-20 %)");
            assertThat(variant.getCell(3).getStringCellValue()).contains("pool \"gone\" no longer exists");
            assertThat(variant.getCell(5).getStringCellValue()).isEqualTo("The plan of Frontier (better here); its own "
                    + "solve: solve ended before its quality was known (best of 2 seeds)");
            assertThat(variant.getCell(6).getStringCellValue()).isEqualTo("42, 43");
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
