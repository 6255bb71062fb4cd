package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.HardViolation;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelPlanWriterTest {

    @TempDir
    static Path dir;

    /** Sheets whose table starts at A1: frozen header, filter, print setup. */
    private static final String[] TABLE_SHEETS = {"KPIs", "Plan", "Utilization", "Power", "Costs", "Explanations",
        "Violations", "Workloads"};

    private static Scenario scenario;
    private static Plan plan;
    private static Path file;

    @BeforeAll
    static void export() throws Exception {
        scenario = TestScenarios.rich();
        plan = TestPlans.forRich(scenario);
        file = dir.resolve("plan.xlsx");
        ExcelPlanWriter.write(scenario, plan, file);
    }

    private static XSSFWorkbook open() throws Exception {
        return new XSSFWorkbook(file.toFile());
    }

    @Test
    void hasThePlanSheetsFollowedByTheScenarioSheets() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            var names = new java.util.ArrayList<String>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("KPIs", "Plan", "Utilization", "Power", "Costs", "Explanations",
                    "Violations", "Settings", "Providers", "Sites", "Accelerators", "Pools", "Datasets", "Workloads",
                    "Lists");
        }
    }

    @Test
    void importsBackAsTheScenario() throws Exception {
        assertThat(TestWorkbooks.READER.readFile(file)).isEqualTo(scenario);
    }

    @Test
    void planRowsCarryEveryAssignment() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Plan");
            assertThat(sheet.getLastRowNum()).isEqualTo(plan.assignments().size());
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("frontier-pretrain");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(14118);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(5.1e7);
            assertThat(row.getCell(8).getCellStyle().getDataFormatString()).contains("$");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("placed");
            var unplaced = sheet.getRow(4);
            assertThat(unplaced.getCell(2)).isNull();
            assertThat(unplaced.getCell(9).getStringCellValue()).isEqualTo("unplaced");
            var quoted = sheet.getRow(2).getCell(10);
            assertThat(quoted.getCellType()).isEqualTo(CellType.STRING);
            assertThat(quoted.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void everyTableHasAFrozenHeaderAndAFilter() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            for (String name : TABLE_SHEETS) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation()).as(name).isNotNull();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            }
        }
    }

    @Test
    void utilizationIsAPoolByPeriodGridWithAColourScale() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Utilization");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("2027-Q1");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("azure-h100");
            // 2027-Q1: 20 % of 4,096.
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isCloseTo(819.0 / 4096, within());
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).contains("%");
            var formatting = sheet.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(2);
            var overCapacity = formatting.getConditionalFormattingAt(0);
            assertThat(overCapacity.getRule(0).getFormula1()).isEqualTo("1");
            assertThat(overCapacity.getFormattingRanges()[0].formatAsString()).isEqualTo("D2:K4");
            var scale = formatting.getConditionalFormattingAt(1);
            assertThat(scale.getRule(0).getColorScaleFormatting().getNumControlPoints()).isEqualTo(3);
            assertThat(scale.getFormattingRanges()[0].formatAsString()).isEqualTo("D2:K4");
        }
    }

    @Test
    void powerShowsUseAgainstCapAndHasALineChart() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Power");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Used (MW)");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Cap (MW)");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(40.0);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(80.0);
            assertThat(sheet.getRow(4).getCell(2)).as("aws-us-east-1 has no cap").isNull();
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).contains("MW");
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(3);
            XSSFChart chart = onlyChart(sheet);
            assertThat(chart.getTitleText().getString()).isEqualTo("Power drawn by site (MW)");
            assertThat(chart.getChartSeries().getFirst().getSeriesCount()).isEqualTo(3);
        }
    }

    @Test
    void costsAreByProviderCategoryAndPeriodWithABarChart() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Costs");
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("aws");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("compute");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(8_000_000.0);
            assertThat(first.getCell(10).getNumericCellValue())
                    .as("total over 8 quarters").isEqualTo(8 * 8_000_000.0 + 250_000.0 * 28);
            XSSFChart chart = onlyChart(sheet);
            assertThat(chart.getTitleText().getString()).isEqualTo("Cost by provider");
            assertThat(chart.getChartSeries().getFirst().getSeriesCount()).isEqualTo(1);
            // The chart's table below the grid (header and 4 rows, a blank row), largest provider first.
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Provider");
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("campus");
            assertThat(sheet.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(plan.kpis().costByProvider().get("campus"));
        }
    }

    @Test
    void explanationsListEveryCandidateWithWhatBlocksIt() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Explanations");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("azure-h100");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue())
                    .isEqualTo("Capacity: 12,000 needed, 4,096 available in 2027-Q1");
            assertThat(sheet.getRow(4).getCell(10).getStringCellValue())
                    .isEqualTo("2,048 more Trainium2 at aws-us-east-1 in 2027-Q3");
        }
    }

    @Test
    void kpisListTheFiguresOfThePlan() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("KPIs");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("KPI");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(plan.scenarioName());
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Feasible");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("no");
            assertThat(kpiRow(sheet, "Total cost ($)").getCell(1).getNumericCellValue()).isEqualTo(plan.kpis().totalCostUsd());
            assertThat(kpiRow(sheet, "Hard violations").getCell(1).getNumericCellValue()).isEqualTo(plan.kpis().hardViolations());
            // Total cost and idle committed capacity each say, in a Note beside them, how committed spend relates.
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Note");
            assertThat(kpiRow(sheet, "Total cost ($)").getCell(2).getStringCellValue())
                    .startsWith("What this plan adds to what is already paid for")
                    .contains("Committed and self-built capacity is paid whether it is used or not");
            Row idle = kpiRow(sheet, "Idle committed capacity ($)");
            assertThat(idle.getCell(1).getNumericCellValue()).isEqualTo(plan.kpis().idleSunkUsd());
            assertThat(idle.getCell(2).getStringCellValue()).contains("money already spent, not part of the total cost");
        }
    }

    @Test
    void kpisSayHowGoodThePlanIsLevelByLevelAndNoLongerShowTheScore() throws Exception {
        PlanQuality quality = plan.quality();
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("KPIs");
            assertThat(kpiRow(sheet, "Plan quality").getCell(1).getStringCellValue())
                    .isEqualTo(quality.summary())
                    .isEqualTo("Unplaced demand within 2.4 % of its bound; no improvement for 1.0 s of the 10 s solve");
            assertThat(kpiRow(sheet, "Solve time (s)").getCell(1).getNumericCellValue()).isEqualTo(10.0);
            assertThat(kpiRow(sheet, "Random seed").getCell(1).getStringCellValue()).isEqualTo("1");
            assertThat(cellTexts(sheet)).noneMatch(t -> t.contains("Score") || t.contains("hard/") || t.contains(plan.score()));

            Row header = kpiRow(sheet, "Level");
            assertThat(texts(header)).containsExactly("Level", "Value", "Unit", "Bound", "Status", "Last improved at (s)");
            Row unplaced = sheet.getRow(header.getRowNum() + 1);
            assertThat(unplaced.getCell(0).getStringCellValue()).isEqualTo("Unplaced demand");
            assertThat(unplaced.getCell(1).getNumericCellValue()).isEqualTo(512.0);
            assertThat(unplaced.getCell(2).getStringCellValue()).isEqualTo("ref accel × priority");
            assertThat(unplaced.getCell(3).getNumericCellValue()).isEqualTo(500.0);
            assertThat(unplaced.getCell(4).getStringCellValue()).isEqualTo("within 2.4 % of its bound");
            assertThat(unplaced.getCell(5).getNumericCellValue()).isEqualTo(3.5);
            Row cost = sheet.getRow(header.getRowNum() + 2);
            assertThat(cost.getCell(0).getStringCellValue()).isEqualTo("Cost");
            assertThat(cost.getCell(1).getNumericCellValue()).isEqualTo(61_000_000.0);
            assertThat(cost.getCell(1).getCellStyle().getDataFormatString()).contains("$");
            assertThat(cost.getCell(3)).as("no bound known: blank").isNull();
            assertThat(cost.getCell(4).getStringCellValue()).isEqualTo("no bound known");
            assertThat(cost.getCell(5).getNumericCellValue()).isEqualTo(9.0);
            // The provider shares still follow, after a blank row.
            assertThat(sheet.getRow(header.getRowNum() + 3) == null).as("a blank row").isTrue();
            assertThat(sheet.getRow(header.getRowNum() + 4).getCell(0).getStringCellValue()).isEqualTo("Provider");
        }
    }

    @Test
    void aPlanWithoutQualityHasNoQualityRows() throws Exception {
        Path unsolved = dir.resolve("unsolved.xlsx");
        ExcelPlanWriter.write(scenario, plan.withQuality(null), unsolved);

        try (XSSFWorkbook workbook = new XSSFWorkbook(unsolved.toFile())) {
            XSSFSheet sheet = workbook.getSheet("KPIs");
            assertThat(cellTexts(sheet)).doesNotContain("Plan quality", "Level", "Solve time (s)")
                    .contains("Total cost ($)", "Provider");
        }
    }

    @Test
    void aTextLongerThanACellHoldsIsCutWithAVisibleMarkerAndTheExportGoesOn() throws Exception {
        // The reason texts of a 30-workload × 2,000-pool plan reached 62,972 characters; Excel holds 32,767.
        String longText = "Unplaced: " + "pool p-0001 has no room in 2027-Q3; ".repeat(1_800);
        String longSentence = longText.substring(0, 62_972);
        var first = plan.explanations().getFirst();
        var explanations = new ArrayList<>(plan.explanations());
        explanations.set(0, new WorkloadExplanation(first.workload(), longSentence, first.costParts(),
                first.candidates(), first.primaryDeclined(), first.missing()));
        var violation = plan.hardViolations().getFirst();
        var assignments = new ArrayList<>(plan.assignments());
        var a = assignments.getFirst();
        assignments.set(0, new Assignment(a.workload(), a.shard(), a.demand(), a.pool(), a.site(), a.provider(),
                a.accelerators(), a.from(), a.to(), a.costUsd(), a.status(), longSentence, a.pinned()));
        Plan longPlan = new Plan(plan.scenarioName(), plan.score(), assignments, plan.kpis(), explanations,
                List.of(new HardViolation(violation.rule(), violation.workload(), violation.where(), longSentence)),
                plan.quality());
        Path saved = dir.resolve("long.xlsx");

        ExcelPlanWriter.write(scenario, longPlan, saved);

        try (XSSFWorkbook workbook = new XSSFWorkbook(saved.toFile())) {
            String cut = workbook.getSheet("Violations").getRow(1).getCell(3).getStringCellValue();
            assertThat(cut).hasSize(32_767)
                    .startsWith(longSentence.substring(0, 32_000))
                    .endsWith(" … [cut: 62,972 characters, a cell holds 32,767]");
            // A workload's sentences are cut far shorter on Explanations: a planner reads them in a cell.
            String summary = workbook.getSheet("Explanations").getRow(1).getCell(1).getStringCellValue();
            assertThat(summary).hasSize(PlanSheets.EXPLANATION_CHARS)
                    .startsWith(longSentence.substring(0, 3_900))
                    .endsWith(" … [cut: 62,972 characters, the JSON plan has it all]");
            String reason = workbook.getSheet("Plan").getRow(1).getCell(10).getStringCellValue();
            assertThat(reason).hasSize(PlanSheets.PLAN_REASON_CHARS)
                    .endsWith(" … [cut: 62,972 characters, the JSON plan has it all]");
        }
    }

    @Test
    void sheetsPrintLandscapeWithTheHeaderOnEveryPageAndOnlyNarrowOnesShrunkToOnePageWide() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            for (String name : TABLE_SHEETS) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
                assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Page &P of &N");
            }
            XSSFSheet kpis = workbook.getSheet("KPIs");
            assertThat(kpis.getFitToPage()).isTrue();
            assertThat(kpis.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(kpis.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            // Plan and Explanations are wider than a page: full size, across pages, the names column repeated.
            for (String wide : new String[] {"Plan", "Explanations", "Workloads"}) {
                XSSFSheet sheet = workbook.getSheet(wide);
                assertThat(sheet.getFitToPage()).as(wide).isFalse();
                assertThat(sheet.getPrintSetup().getScale()).as(wide).isEqualTo((short) 75);
                assertThat(sheet.getRepeatingColumns()).as(wide).isEqualTo(CellRangeAddress.valueOf("A:A"));
            }
        }
    }

    @Test
    void longTextWrapsInItsColumnInsteadOfRunningOffThePage() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Plan");
            // "self-built MI300X is sunk cost; azure-h100 has no room for 12,000 until 2028-Q1": 80 characters.
            Cell reason = sheet.getRow(1).getCell(10);
            assertThat(reason.getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(10)).isEqualTo(60 * 256);
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getWrapText()).isFalse();
        }
    }

    /** The first row whose first cell reads {@code name}. */
    private static Row kpiRow(XSSFSheet sheet, String name) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && name.equals(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row \"" + name + "\" on sheet " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static List<String> cellTexts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                texts.add(c.getStringCellValue());
            }
        }));
        return texts;
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        var charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        return charts.getFirst();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
