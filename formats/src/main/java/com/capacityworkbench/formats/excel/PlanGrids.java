package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.excel.WorkbookStyles.NumberStyle;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.CostLine;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.PoolUtilization;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The plan's period grids: Utilization (pool × period), Power (site × period vs cap), Costs (provider × category × period). */
final class PlanGrids {

    /** Lines in the power chart: more would be unreadable; the sites drawing the most power are kept. */
    static final int MAX_POWER_LINES = 8;

    private final Workbook workbook;
    private final WorkbookStyles styles;
    private final Scenario scenario;
    private final Kpis kpis;
    private final List<Period> periods;

    PlanGrids(Workbook workbook, WorkbookStyles styles, Scenario scenario, Kpis kpis) {
        this.workbook = workbook;
        this.styles = styles;
        this.scenario = scenario;
        this.kpis = kpis;
        this.periods = scenario.horizon().periods();
    }

    void writeUtilization() {
        Sheet sheet = workbook.createSheet("Utilization");
        Map<String, PoolUtilization> byPoolPeriod = new HashMap<>();
        kpis.utilization().forEach(u -> byPoolPeriod.put(u.pool() + "|" + u.period(), u));
        TableWriter table = new TableWriter(sheet, styles);
        List<String> headers = new ArrayList<>(List.of("Pool", "Site", "Accelerator"));
        periods.forEach(p -> headers.add(p.toString()));
        headers.add("Idle sunk ($)");
        table.header(headers);
        List<NumberStyle> formats = new ArrayList<>(List.of(NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.GENERAL));
        periods.forEach(p -> formats.add(NumberStyle.PERCENT));
        formats.add(NumberStyle.DOLLARS);
        for (Pool pool : scenario.pools()) {
            List<Object> cells = new ArrayList<>(List.of(pool.id(), pool.site(), pool.accelerator()));
            double idle = 0;
            for (Period period : periods) {
                PoolUtilization u = byPoolPeriod.get(pool.id() + "|" + period);
                cells.add(u == null || u.available() == 0 ? null : (double) u.used() / u.available());
                idle += u == null ? 0 : u.idleSunkUsd();
            }
            cells.add(idle);
            table.row(cells, formats);
        }
        table.finish();
        if (!scenario.pools().isEmpty() && !periods.isEmpty()) {
            CellRangeAddress grid = new CellRangeAddress(1, scenario.pools().size(), 3, 3 + periods.size() - 1);
            colourScale(sheet, grid);
        }
    }

    /** White at 0 %, yellow at 50 %, green at 100 %; above 100 % (over capacity) red. */
    private void colourScale(Sheet sheet, CellRangeAddress grid) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule over = formatting.createConditionalFormattingRule(ComparisonOperator.GT, "1");
        PatternFormatting red = over.createPatternFormatting();
        red.setFillBackgroundColor(IndexedColors.CORAL.getIndex());
        red.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        ConditionalFormattingRule scale = formatting.createConditionalFormattingColorScaleRule();
        var colours = scale.getColorScaleFormatting();
        var thresholds = colours.getThresholds();
        double[] values = {0, 0.5, 1};
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i].setRangeType(RangeType.NUMBER);
            thresholds[i].setValue(values[i]);
        }
        colours.setColors(new ExtendedColor[] {rgb(0xFF, 0xFF, 0xFF), rgb(0xFF, 0xEB, 0x84), rgb(0x63, 0xBE, 0x7B)});
        // Two formattings, the over-capacity one first: LibreOffice lets a colour scale in the same
        // formatting paint over a fill rule.
        formatting.addConditionalFormatting(new CellRangeAddress[] {grid}, over);
        formatting.addConditionalFormatting(new CellRangeAddress[] {grid}, scale);
    }

    private static ExtendedColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b});
    }

    void writePower() {
        Sheet sheet = workbook.createSheet("Power");
        Map<String, SitePower> bySitePeriod = new HashMap<>();
        kpis.power().forEach(p -> bySitePeriod.put(p.site() + "|" + p.period(), p));
        TableWriter table = new TableWriter(sheet, styles);
        List<String> headers = new ArrayList<>(List.of("Site", "Measure"));
        periods.forEach(p -> headers.add(p.toString()));
        table.header(headers);
        List<NumberStyle> formats = new ArrayList<>(List.of(NumberStyle.GENERAL, NumberStyle.GENERAL));
        periods.forEach(p -> formats.add(NumberStyle.MEGAWATTS));
        List<SiteLine> lines = new ArrayList<>();
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        for (Site site : scenario.sites()) {
            List<Object> used = new ArrayList<>(List.of(site.id(), "Used (MW)"));
            List<Object> cap = new ArrayList<>(List.of(site.id(), "Cap (MW)"));
            List<Double> usedMw = new ArrayList<>();
            for (Period period : periods) {
                SitePower power = bySitePeriod.get(site.id() + "|" + period);
                double mw = power == null ? 0 : power.usedMw();
                used.add(mw);
                usedMw.add(mw);
                cap.add(power != null && power.capMw() != null ? power.capMw() : site.powerCapIn(period));
            }
            int usedRow = table.row(used, formats);
            table.row(cap, formats);
            lines.add(new SiteLine(site.id(), usedRow, usedMw));
            if (!periods.isEmpty()) {
                overCapInRed(formatting, usedRow, periods.size());
            }
        }
        table.finish();
        if (!lines.isEmpty() && !periods.isEmpty()) {
            List<PlanCharts.Series> series = lines.stream()
                    .sorted(Comparator.comparingDouble(SiteLine::peak).reversed())
                    .limit(MAX_POWER_LINES)
                    .sorted(Comparator.comparingInt(SiteLine::row))
                    .map(l -> new PlanCharts.Series(l.site(), new CellReference(sheet.getSheetName(), l.row(), 0, true, true),
                            new CellRangeAddress(l.row(), l.row(), 2, 2 + periods.size() - 1), l.usedMw()))
                    .toList();
            PlanCharts.lines(sheet, new PlanCharts.Placement(0, table.nextRow() + 2, Math.max(8, periods.size() + 2), 20),
                    "Power drawn by site (MW)", periodCategories(), series, "MW");
        }
    }

    /** A site's used-power row, kept for the chart (a streamed sheet cannot be read back). */
    private record SiteLine(String site, int row, List<Double> usedMw) {
        double peak() {
            return usedMw.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /** The period headers of a grid whose periods start in column C, as chart categories. */
    private PlanCharts.Categories periodCategories() {
        return new PlanCharts.Categories(new CellRangeAddress(0, 0, 2, 2 + periods.size() - 1),
                periods.stream().map(Period::toString).toList());
    }

    /** A used-power cell turns red when the cap cell below it holds a number smaller than it. */
    private static void overCapInRed(SheetConditionalFormatting formatting, int usedRow, int periodCount) {
        String first = CellReference.convertNumToColString(2);
        String usedCell = first + (usedRow + 1);
        String capCell = first + (usedRow + 2);
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER(" + capCell + ")," + usedCell + ">" + capCell + ")");
        PatternFormatting red = rule.createPatternFormatting();
        red.setFillBackgroundColor(IndexedColors.CORAL.getIndex());
        red.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        // Relative references: the rule written for the first period cell shifts along the row.
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(usedRow, usedRow, 2,
                2 + periodCount - 1)}, rule);
    }

    void writeCosts() {
        Sheet sheet = workbook.createSheet("Costs");
        Map<String, Map<CostCategory, Map<Period, Double>>> grid = new LinkedHashMap<>();
        for (CostLine line : kpis.costLines()) {
            grid.computeIfAbsent(line.provider(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(line.category(), c -> new HashMap<>())
                    .merge(line.period(), line.usd(), Double::sum);
        }
        TableWriter table = new TableWriter(sheet, styles);
        List<String> headers = new ArrayList<>(List.of("Provider", "Category"));
        periods.forEach(p -> headers.add(p.toString()));
        headers.add("Total ($)");
        table.header(headers);
        List<NumberStyle> formats = new ArrayList<>(List.of(NumberStyle.GENERAL, NumberStyle.GENERAL));
        periods.forEach(p -> formats.add(NumberStyle.DOLLARS));
        formats.add(NumberStyle.DOLLARS);
        List<String> providers = new ArrayList<>(grid.keySet());
        providers.sort(Comparator.naturalOrder());
        for (String provider : providers) {
            for (CostCategory category : CostCategory.values()) {
                Map<Period, Double> byPeriod = grid.get(provider).get(category);
                if (byPeriod == null) {
                    continue;
                }
                List<Object> cells = new ArrayList<>(List.of(provider, category));
                periods.forEach(p -> cells.add(byPeriod.getOrDefault(p, 0.0)));
                cells.add(byPeriod.values().stream().mapToDouble(Double::doubleValue).sum());
                table.row(cells, formats);
            }
        }
        table.finish();
        writeCostByProvider(sheet, table.nextRow() + 2);
    }

    /** The chart's table below the grid, total cost per provider (largest first), and the chart beside it. */
    private void writeCostByProvider(Sheet sheet, int firstRow) {
        int column = 0;
        TableWriter summary = new TableWriter(sheet, styles, firstRow, column);
        summary.header(List.of("Provider", "Total ($)"));
        List<Map.Entry<String, Double>> totals = kpis.costByProvider().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        for (Map.Entry<String, Double> total : totals) {
            summary.row(List.of(total.getKey(), total.getValue()), List.of(NumberStyle.GENERAL, NumberStyle.DOLLARS));
        }
        summary.fitWidths();
        if (!totals.isEmpty()) {
            int last = firstRow + totals.size();
            PlanCharts.columns(sheet, new PlanCharts.Placement(3, firstRow, 7, 18), "Cost by provider",
                    new PlanCharts.Categories(new CellRangeAddress(firstRow + 1, last, column, column),
                            totals.stream().map(Map.Entry::getKey).toList()),
                    new PlanCharts.Series("Total ($)", new CellReference(sheet.getSheetName(), firstRow, column + 1, true, true),
                            new CellRangeAddress(firstRow + 1, last, column + 1, column + 1),
                            totals.stream().map(Map.Entry::getValue).toList()),
                    "US dollars");
        }
    }
}
