package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.formats.excel.WorkbookStyles.NumberStyle;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.variant.StaleChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a comparison of variants: a Comparison sheet (one KPI per row, the base and each variant as columns,
 * differences against the base in the unit and in %, each marked when it is within solver noise, the best value of
 * each row highlighted, and each plan's spread over its seeds; below it the changes in % and their bar chart), a Changes sheet (the workloads each variant moves,
 * with cost delta, whether a change caused it and why), a Variants sheet (what each variant changes, stale
 * changes, and how good its plan is in words), and one plan sheet per column.
 */
public final class ExcelComparisonWriter {

    private ExcelComparisonWriter() {
    }

    public static void write(Comparison comparison, Path file) throws ScenarioFileException {
        StyledWorkbook.save(file, "the comparison workbook", (workbook, styles) -> {
            writeKpis(workbook, styles, comparison);
            writeChanges(workbook, styles, comparison);
            writeVariants(workbook, styles, comparison);
            Set<String> names = new HashSet<>(List.of(COMPARISON_SHEET, "Changes", "Variants"));
            for (ComparedPlan column : comparison.columns()) {
                new PlanSheets(workbook, styles, column.plan()).writePlan(uniqueSheetName("Plan " + column.name(), names));
            }
        });
    }

    /** The first sheet's name, which also tells the scenario reader what it was given. */
    static final String COMPARISON_SHEET = "Comparison";

    /** The mark a difference gets in its Noise column when it is no larger than the solver's noise. */
    static final String WITHIN_NOISE = "within solver noise";

    private static void writeKpis(XSSFWorkbook workbook, WorkbookStyles styles, Comparison comparison) {
        Sheet sheet = workbook.createSheet(COMPARISON_SHEET);
        List<ComparedPlan> columns = comparison.columns();
        List<String> headers = new ArrayList<>(List.of("Group", "KPI", "Unit"));
        columns.forEach(c -> headers.add(c.isBase() ? c.name() + " (base)" : c.name()));
        for (ComparedPlan c : columns.subList(1, columns.size())) {
            headers.add("Δ " + c.name());
            headers.add("Δ% " + c.name());
            headers.add("Noise " + c.name());
        }
        columns.forEach(c -> headers.add("Spread " + c.name()));
        TableWriter table = new TableWriter(sheet, styles);
        table.header(headers);
        BestValueMarker best = new BestValueMarker(workbook);
        NoiseMarker noise = new NoiseMarker(workbook);
        int firstDelta = 3 + columns.size();
        for (KpiRow row : comparison.kpis()) {
            NumberStyle number = numberStyle(row.unit());
            List<Object> values = new ArrayList<>(List.of(row.group(), row.kpi(), row.unit()));
            List<NumberStyle> formats = new ArrayList<>(List.of(NumberStyle.GENERAL, NumberStyle.GENERAL,
                    NumberStyle.GENERAL));
            for (double v : row.values()) {
                values.add(v);
                formats.add(number);
            }
            for (int i = 1; i < columns.size(); i++) {
                values.add(row.deltaFromBase(i));
                formats.add(number);
                values.add(row.deltaPctFromBase(i));
                formats.add(NumberStyle.PERCENT_NUMBER);
                values.add(row.withinNoise(i) ? WITHIN_NOISE : null);
                formats.add(NumberStyle.GENERAL);
            }
            for (int i = 0; i < columns.size(); i++) {
                values.add(row.spread(i));
                formats.add(number);
            }
            int rowIndex = table.row(values, formats);
            if (row.bestColumn() != null) {
                best.mark(sheet.getRow(rowIndex).getCell(3 + row.bestColumn()));
            }
            for (int i = 1; i < columns.size(); i++) {
                if (row.withinNoise(i)) {
                    int delta = firstDelta + 3 * (i - 1);
                    noise.mark(sheet.getRow(rowIndex).getCell(delta));
                    if (row.deltaPctFromBase(i) != null) {
                        noise.mark(sheet.getRow(rowIndex).getCell(delta + 1));
                    }
                }
            }
        }
        table.finish();
        writeDeltaChart(sheet, styles, comparison, table.nextRow() + 2);
    }

    /**
     * Below the KPI table, each variant's change against the base in % for every KPI the base has a non-zero value
     * of (KPIs differ in unit, so % is what one chart can show), and a bar chart of it beside the table.
     */
    private static void writeDeltaChart(Sheet sheet, WorkbookStyles styles, Comparison comparison, int firstRow) {
        List<ComparedPlan> columns = comparison.columns();
        List<KpiRow> charted = comparison.kpis().stream()
                .filter(k -> columns.size() > 1 && k.deltaPctFromBase(1) != null).toList();
        if (charted.isEmpty()) {
            return;
        }
        TableWriter table = new TableWriter(sheet, styles, firstRow, 0);
        List<String> headers = new ArrayList<>(List.of("KPI"));
        columns.subList(1, columns.size()).forEach(c -> headers.add("Δ% " + c.name()));
        table.header(headers);
        List<NumberStyle> formats = new ArrayList<>(List.of(NumberStyle.GENERAL));
        columns.subList(1, columns.size()).forEach(c -> formats.add(NumberStyle.PERCENT_NUMBER));
        List<String> labels = charted.stream().map(k -> k.group() + ": " + k.kpi()).toList();
        for (int r = 0; r < charted.size(); r++) {
            List<Object> values = new ArrayList<>(List.of(labels.get(r)));
            for (int i = 1; i < columns.size(); i++) {
                values.add(charted.get(r).deltaPctFromBase(i));
            }
            table.row(values, formats);
        }
        table.fitWidths();
        int last = firstRow + charted.size();
        List<PlanCharts.Series> series = new ArrayList<>();
        for (int i = 1; i < columns.size(); i++) {
            int variant = i;
            series.add(new PlanCharts.Series(headers.get(i), new CellReference(sheet.getSheetName(), firstRow, i, true, true),
                    new CellRangeAddress(firstRow + 1, last, i, i),
                    charted.stream().map(k -> k.deltaPctFromBase(variant)).toList()));
        }
        PlanCharts.bars(sheet, new PlanCharts.Placement(columns.size() + 1, firstRow, 9, Math.max(15, 2 + charted.size())),
                "Change against the base (%)", new PlanCharts.Categories(new CellRangeAddress(firstRow + 1, last, 0, 0),
                        labels), series, "% against the base", BarDirection.BAR);
    }

    private static void writeChanges(XSSFWorkbook workbook, WorkbookStyles styles, Comparison comparison) {
        Sheet sheet = workbook.createSheet("Changes");
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Variant", "Workload", "Change", "From", "To", "Cost delta ($)", "Caused by a change",
                "Why"));
        List<NumberStyle> formats = List.of(NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.GENERAL,
                NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.DOLLARS, NumberStyle.GENERAL, NumberStyle.GENERAL);
        for (ComparedPlan column : comparison.columns()) {
            for (PlacementChange c : comparison.changesOf(column.id())) {
                table.row(Arrays.asList(column.name(), c.workload(), c.kind(), c.from(), c.to(), c.costDelta(),
                        c.cause().causedByChange(), c.reason()), formats);
            }
        }
        table.finish();
    }

    private static void writeVariants(XSSFWorkbook workbook, WorkbookStyles styles, Comparison comparison) {
        Sheet sheet = workbook.createSheet("Variants");
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Variant", "Name", "Changes", "Stale changes", "Feasible", "Plan quality", "Seeds"));
        for (ComparedPlan c : comparison.columns()) {
            table.row(Arrays.asList(c.id(), c.name(), c.isBase() ? "(the scenario as it is)" : String.join("; ", c.changes()),
                    c.staleChanges().stream().map(StaleChange::toString).collect(Collectors.joining("; ")),
                    c.plan().isFeasible(), c.qualitySummary(), c.seedRuns().isEmpty() ? null : seeds(c)),
                    List.of());
        }
        table.finish();
    }

    /** "42, 43, 44" (best first): the seeds a plan was solved with, so a run can be repeated. */
    private static String seeds(ComparedPlan plan) {
        return plan.seedRuns().stream().map(r -> Long.toString(r.seed())).collect(Collectors.joining(", "));
    }

    private static NumberStyle numberStyle(String unit) {
        return switch (unit) {
            case "$" -> NumberStyle.DOLLARS;
            case "%", "% of cap" -> NumberStyle.PERCENT_NUMBER;
            case "MW" -> NumberStyle.MEGAWATTS;
            case "workloads", "violations" -> NumberStyle.WHOLE;
            default -> NumberStyle.DECIMAL;
        };
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook. */
    static String uniqueSheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
