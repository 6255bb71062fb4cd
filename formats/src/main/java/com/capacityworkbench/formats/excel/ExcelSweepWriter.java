package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.excel.PlanCharts.Categories;
import com.capacityworkbench.formats.excel.PlanCharts.Placement;
import com.capacityworkbench.formats.excel.PlanCharts.Series;
import com.capacityworkbench.formats.excel.WorkbookStyles.NumberStyle;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.portfolio.Histogram;
import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.PoolSpread;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.TornadoBar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sweep as a workbook (issue #16): Summary (P10, P50, P90 of cost and unplaced demand, with a native histogram of
 * cost), Cost by period (the fan: P10, P50 and P90 of each period's cost, as a native line chart), Futures (one row per future: the inputs' values and what the plan did there), Workloads (odds of going
 * unplaced or moving), Pools (utilisation and idle commitment) and Tornado (which input moves cost and unplaced demand most, as
 * native bar charts).
 */
public final class ExcelSweepWriter {

    /** Columns of the cost histogram. */
    private static final int BINS = 12;

    private ExcelSweepWriter() {
    }

    public static void write(SweepResult sweep, Path file) throws ScenarioFileException {
        StyledWorkbook.save(file, "the sweep workbook", (workbook, styles) -> {
            writeSummary(workbook, styles, sweep);
            writeFan(workbook, styles, sweep);
            writeFutures(workbook, styles, sweep);
            writeOdds(workbook, styles, sweep);
            writePools(workbook, styles, sweep);
            writeTornado(workbook, styles, sweep);
        });
    }

    private static void writeSummary(XSSFWorkbook workbook, WorkbookStyles styles, SweepResult sweep) {
        XSSFSheet sheet = workbook.createSheet("Summary");
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Figure", "Unit", "P10", "P50", "P90", "Lowest", "Highest", "Futures"));
        spreadRow(table, "Total cost", "$", sweep.totalCost(), NumberStyle.DOLLARS);
        spreadRow(table, "Unplaced demand", "ref. accelerators × priority", sweep.unplacedDemand(), NumberStyle.WHOLE);
        table.row(List.of("Mode", sweep.settings().mode().label()), List.of());
        table.row(List.of("Seed", sweep.settings().seed()), List.of(NumberStyle.GENERAL, NumberStyle.WHOLE));
        table.row(List.of("Seconds per future", sweep.settings().secondsPerSample()),
                List.of(NumberStyle.GENERAL, NumberStyle.DECIMAL));
        table.row(List.of("Finished", sweep.complete() ? "every future" : sweep.samples().size() + " of "
                + sweep.settings().samples() + " (stopped)"), List.of());
        table.finish();
        writeHistogram(sheet, styles, sweep);
    }

    private static void spreadRow(TableWriter table, String figure, String unit, KpiSpread s, NumberStyle style) {
        table.row(List.of(figure, unit, s.p10(), s.p50(), s.p90(), s.min(), s.max(), s.samples()),
                List.of(NumberStyle.GENERAL, NumberStyle.GENERAL, style, style, style, style, style, NumberStyle.WHOLE));
    }

    /** How many futures fall in each of {@link #BINS} equal ranges of total cost, as a native column chart. */
    private static void writeHistogram(XSSFSheet sheet, WorkbookStyles styles, SweepResult sweep) {
        KpiSpread cost = sweep.totalCost();
        if (cost.samples() == 0) {
            return;
        }
        int first = 8;
        TableWriter table = new TableWriter(sheet, styles, first, 0);
        table.header(List.of("Total cost from ($)", "to ($)", "Futures"));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Histogram.Bin bin : sweep.histogram(SampleResult::totalCostUsd, BINS).bins()) {
            table.row(List.of(bin.from(), bin.to(), bin.count()),
                    List.of(NumberStyle.DOLLARS, NumberStyle.DOLLARS, NumberStyle.WHOLE));
            labels.add(String.format(java.util.Locale.US, "$%,.2fB", bin.from() / 1e9));
            values.add((double) bin.count());
        }
        table.finish();
        PlanCharts.columns(sheet, new Placement(9, 0, 9, 20), "Futures by total cost",
                new Categories(new CellRangeAddress(first + 1, first + BINS, 0, 0), labels),
                new Series("Futures", new CellReference(sheet.getSheetName(), first, 2, true, true),
                        new CellRangeAddress(first + 1, first + BINS, 2, 2),
                        values), "futures");
    }

    /** Per period, how its cost spread over the futures: three lines, P10 below P50 below P90, a fan over time. */
    private static void writeFan(XSSFWorkbook workbook, WorkbookStyles styles, SweepResult sweep) {
        Map<String, KpiSpread> fan = sweep.costByPeriod();
        if (fan.isEmpty()) {
            return;
        }
        XSSFSheet sheet = workbook.createSheet("Cost by period");
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Period", "P10 ($)", "P50 ($)", "P90 ($)", "Lowest ($)", "Highest ($)"));
        fan.forEach((period, s) -> table.row(List.of(period, s.p10(), s.p50(), s.p90(), s.min(), s.max()),
                List.of(NumberStyle.GENERAL, NumberStyle.DOLLARS, NumberStyle.DOLLARS, NumberStyle.DOLLARS,
                        NumberStyle.DOLLARS, NumberStyle.DOLLARS)));
        table.finish();
        int last = fan.size();
        List<String> periods = List.copyOf(fan.keySet());
        List<Series> lines = new ArrayList<>();
        String[] names = {"P10", "P50", "P90"};
        for (int i = 0; i < names.length; i++) {
            int column = i + 1;
            lines.add(new Series(names[i], new CellReference(sheet.getSheetName(), 0, column, true, true),
                    new CellRangeAddress(1, last, column, column), fan.values().stream()
                            .map(s -> column == 1 ? s.p10() : column == 2 ? s.p50() : s.p90()).toList()));
        }
        PlanCharts.lines(sheet, new Placement(7, 0, 10, 20), "Cost per period over the futures: P10, P50, P90",
                new Categories(new CellRangeAddress(1, last, 0, 0), periods), lines, "cost ($)");
    }

    private static void writeFutures(XSSFWorkbook workbook, WorkbookStyles styles, SweepResult sweep) {
        TableWriter table = new TableWriter(workbook.createSheet("Futures"), styles);
        List<String> headers = new ArrayList<>(List.of("Future"));
        headers.addAll(sweep.inputs());
        headers.addAll(List.of("Total cost ($)", "Unplaced demand", "Rules broken", "Workloads moved",
                "Workloads unplaced", "Solve (s)"));
        table.header(headers);
        for (SampleResult s : sweep.samples()) {
            List<Object> row = new ArrayList<>(List.of(s.index() + 1));
            List<NumberStyle> formats = new ArrayList<>(List.of(NumberStyle.WHOLE));
            for (String input : sweep.inputs()) {
                row.add(s.values().get(input));
                formats.add(NumberStyle.DECIMAL);
            }
            row.addAll(Arrays.asList(s.totalCostUsd(), s.unplacedDemand(), s.hardViolations(), s.movedWorkloads().size(),
                    String.join(", ", s.unplacedWorkloads()), s.solveSeconds()));
            formats.addAll(List.of(NumberStyle.DOLLARS, NumberStyle.WHOLE, NumberStyle.WHOLE, NumberStyle.WHOLE,
                    NumberStyle.GENERAL, NumberStyle.DECIMAL));
            table.row(row, formats);
        }
        table.finish();
    }

    private static void writeOdds(XSSFWorkbook workbook, WorkbookStyles styles, SweepResult sweep) {
        TableWriter table = new TableWriter(workbook.createSheet("Workloads"), styles);
        table.header(List.of("Workload", "Unplaced in", "Moved in"));
        Map<String, Double> unplaced = sweep.unplacedOdds();
        Map<String, Double> moved = sweep.movedOdds();
        List<String> workloads = new ArrayList<>(unplaced.keySet());
        moved.keySet().stream().filter(w -> !unplaced.containsKey(w)).forEach(workloads::add);
        for (String w : workloads) {
            table.row(List.of(w, unplaced.getOrDefault(w, 0.0), moved.getOrDefault(w, 0.0)),
                    List.of(NumberStyle.GENERAL, NumberStyle.PERCENT, NumberStyle.PERCENT));
        }
        table.finish();
    }

    /** Per pool, how full it was and what of it sat idle though paid for, over the futures. */
    private static void writePools(XSSFWorkbook workbook, WorkbookStyles styles, SweepResult sweep) {
        TableWriter table = new TableWriter(workbook.createSheet("Pools"), styles);
        table.header(List.of("Pool", "Utilisation P10 (%)", "P50 (%)", "P90 (%)", "Idle commitment P10 ($)", "P50 ($)",
                "P90 ($)", "Highest ($)"));
        for (PoolSpread pool : sweep.pools()) {
            KpiSpread u = pool.utilisation();
            KpiSpread i = pool.idle();
            List<Object> row = new ArrayList<>(List.of(pool.pool()));
            row.addAll(u == null ? Arrays.asList(null, null, null) : List.of(u.p10(), u.p50(), u.p90()));
            row.addAll(List.of(i.p10(), i.p50(), i.p90(), i.max()));
            table.row(row, List.of(NumberStyle.GENERAL, NumberStyle.DECIMAL, NumberStyle.DECIMAL, NumberStyle.DECIMAL,
                    NumberStyle.DOLLARS, NumberStyle.DOLLARS, NumberStyle.DOLLARS, NumberStyle.DOLLARS));
        }
        table.finish();
    }

    /**
     * Per input, total cost and unplaced demand when it drew its lowest and its highest fifth, widest first, each as a
     * native bar chart (cost alone misleads: work that goes unplaced costs nothing).
     */
    private static void writeTornado(XSSFWorkbook workbook, WorkbookStyles styles, SweepResult sweep) {
        XSSFSheet sheet = workbook.createSheet("Tornado");
        List<TornadoBar> cost = sweep.tornado(SampleResult::totalCostUsd);
        tornado(sheet, styles, 0, 5, "Total cost", "$", cost, NumberStyle.DOLLARS);
        tornado(sheet, styles, cost.size() + 3, 16, "Unplaced demand", "ref. accelerators × priority",
                sweep.tornado(SampleResult::unplacedDemand), NumberStyle.WHOLE);
    }

    /** @param chartColumn where the chart starts, right of the tables (the two charts stand side by side) */
    private static void tornado(XSSFSheet sheet, WorkbookStyles styles, int first, int chartColumn, String figure,
            String unit, List<TornadoBar> bars, NumberStyle style) {
        TableWriter table = new TableWriter(sheet, styles, first, 0);
        table.header(List.of("Input (" + figure.toLowerCase(java.util.Locale.ROOT) + ")", "Lowest fifth (" + unit + ")",
                "Highest fifth (" + unit + ")", "Swing (" + unit + ")"));
        for (TornadoBar bar : bars) {
            table.row(List.of(bar.input(), bar.whenLow(), bar.whenHigh(), bar.swing()),
                    List.of(NumberStyle.GENERAL, style, style, style));
        }
        table.finish();
        if (bars.isEmpty()) {
            return;
        }
        int from = first + 1;
        int to = first + bars.size();
        XSSFChart chart = PlanCharts.bars(sheet, new Placement(chartColumn, 0, 10, Math.max(12, 2 * bars.size() + 4)),
                figure + " by input: its lowest fifth against its highest",
                new Categories(new CellRangeAddress(from, to, 0, 0), bars.stream().map(TornadoBar::input).toList()),
                List.of(new Series("Lowest fifth", new CellReference(sheet.getSheetName(), first, 1, true, true),
                                new CellRangeAddress(from, to, 1, 1), bars.stream().map(TornadoBar::whenLow).toList()),
                        new Series("Highest fifth", new CellReference(sheet.getSheetName(), first, 2, true, true),
                                new CellRangeAddress(from, to, 2, 2), bars.stream().map(TornadoBar::whenHigh).toList())),
                figure.toLowerCase(java.util.Locale.ROOT) + " (" + unit + ")", BarDirection.BAR);
        // A bar chart draws its first category at the bottom; the widest bar belongs on top.
        chart.getAxes().getFirst().setOrientation(AxisOrientation.MAX_MIN);
    }
}
