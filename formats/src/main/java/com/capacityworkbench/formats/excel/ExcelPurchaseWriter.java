package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.excel.PlanCharts.Categories;
import com.capacityworkbench.formats.excel.PlanCharts.Placement;
import com.capacityworkbench.formats.excel.PlanCharts.Series;
import com.capacityworkbench.formats.excel.WorkbookStyles.NumberStyle;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.BudgetPoint;
import com.capacityworkbench.model.plan.CommitmentTimeline;
import com.capacityworkbench.model.plan.BuildOutTaken;
import com.capacityworkbench.model.plan.NotBought;
import com.capacityworkbench.model.plan.OfferTaken;
import com.capacityworkbench.model.plan.OneLess;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.scenario.Period;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What {@code buy} answers, as a workbook (issue #17): Purchases (each offer taken and build-out step made, then the
 * commitments per period by provider as a native stacked column chart: the purchase timeline), Budget curve (each
 * budget's commitment, unplaced demand and cost, with a native line chart of unplaced demand against the budget),
 * Worth (each purchase taken away and re-solved) and Not bought (why).
 */
public final class ExcelPurchaseWriter {

    private ExcelPurchaseWriter() {
    }

    public static void write(PurchasePlan answer, Path file) throws ScenarioFileException {
        StyledWorkbook.save(file, "the purchase workbook", (workbook, styles) -> {
            writePurchases(workbook, styles, answer);
            writeCurve(workbook, styles, answer.curve());
            writeWorth(workbook, styles, answer.oneLess());
            writeNotBought(workbook, styles, answer.notBought());
        });
    }

    private static void writePurchases(XSSFWorkbook workbook, WorkbookStyles styles, PurchasePlan answer) {
        XSSFSheet sheet = workbook.createSheet("Purchases");
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Purchase", "Provider or site", "Accelerator", "Blocks", "Accelerators", "From", "To",
                "Committed ($)", "Busiest period used", "Serves"));
        for (OfferTaken o : answer.purchases().offers()) {
            double busiest = o.busiestUse();
            table.row(List.of(o.label(), o.provider() + " at " + o.site(), o.accelerator(), o.blocks(),
                    o.accelerators(), o.from(), o.to(), o.committedUsd(), busiest, String.join(", ", o.workloads())),
                    List.of(NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.WHOLE,
                            NumberStyle.WHOLE, NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.DOLLARS,
                            NumberStyle.PERCENT, NumberStyle.GENERAL));
        }
        for (BuildOutTaken b : answer.purchases().buildOuts()) {
            table.row(List.of(b.label(), b.site() + " (" + b.megawatts() + " MW)",
                    String.join(", ", b.pools()), "", "", b.from(), "", b.capexUsd(), "", String.join(", ", b.workloads())),
                    List.of(NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.GENERAL,
                            NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.DOLLARS,
                            NumberStyle.GENERAL, NumberStyle.GENERAL));
        }
        table.finish();
        writeTimeline(sheet, styles, answer, answer.purchases().offers().size() + answer.purchases().buildOuts().size() + 3);
    }

    /**
     * Commitments per period of the plan by provider: an offer's commitment spread over the periods of its term in
     * the plan, a step's capex over the periods from its first one.
     */
    private static void writeTimeline(XSSFSheet sheet, WorkbookStyles styles, PurchasePlan answer, int first) {
        List<Period> periods = new ArrayList<>(new TreeSet<>(answer.plan().kpis().costByPeriod().keySet()));
        CommitmentTimeline timeline = CommitmentTimeline.of(answer.purchases(), periods);
        if (timeline.isEmpty()) {
            return;
        }
        TableWriter table = new TableWriter(sheet, styles, first, 0);
        List<String> headers = new ArrayList<>(List.of("Period"));
        timeline.byProvider().keySet().forEach(p -> headers.add(p + " ($)"));
        table.header(headers);
        for (int i = 0; i < periods.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(periods.get(i)));
            List<NumberStyle> formats = new ArrayList<>(List.of(NumberStyle.GENERAL));
            for (List<Double> usd : timeline.byProvider().values()) {
                row.add(usd.get(i));
                formats.add(NumberStyle.DOLLARS);
            }
            table.row(row, formats);
        }
        table.finish();
        List<Series> series = new ArrayList<>();
        int column = 1;
        for (Map.Entry<String, List<Double>> e : timeline.byProvider().entrySet()) {
            series.add(new Series(e.getKey(), new CellReference(sheet.getSheetName(), first, column, true, true),
                    new CellRangeAddress(first + 1, first + periods.size(), column, column), e.getValue()));
            column++;
        }
        PlanCharts.stackedColumns(sheet, new Placement(headers.size() + 1, first, 12, 20),
                "Commitments per period by provider",
                new Categories(new CellRangeAddress(first + 1, first + periods.size(), 0, 0),
                        periods.stream().map(Period::toString).toList()), series, "committed ($)");
    }

    private static void writeCurve(XSSFWorkbook workbook, WorkbookStyles styles, List<BudgetPoint> curve) {
        if (curve.isEmpty()) {
            return;
        }
        XSSFSheet sheet = workbook.createSheet("Budget curve");
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Budget ($)", "Committed ($)", "Unplaced demand (ref. accelerators)", "Unplaced workloads",
                "First-refusal workloads off the primary", "Total cost ($)"));
        for (BudgetPoint p : curve) {
            table.row(List.of(p.budgetUsd(), p.committedUsd(), p.unplacedDemand(), p.unplacedWorkloads(),
                    p.firstRefusalElsewhere(), p.totalCostUsd()),
                    List.of(NumberStyle.DOLLARS, NumberStyle.DOLLARS, NumberStyle.WHOLE, NumberStyle.WHOLE,
                            NumberStyle.WHOLE, NumberStyle.DOLLARS));
        }
        table.finish();
        List<String> labels = curve.stream().map(p -> String.format(java.util.Locale.US, "$%,.2fB", p.budgetUsd() / 1e9))
                .toList();
        PlanCharts.lines(sheet, new Placement(7, 0, 10, 20), "Unplaced demand against the purchase budget",
                new Categories(new CellRangeAddress(1, curve.size(), 0, 0), labels),
                List.of(new Series("Unplaced demand", new CellReference(sheet.getSheetName(), 0, 2, true, true),
                        new CellRangeAddress(1, curve.size(), 2, 2),
                        curve.stream().map(BudgetPoint::unplacedDemand).toList())), "ref. accelerators");
    }

    private static void writeWorth(XSSFWorkbook workbook, WorkbookStyles styles, List<OneLess> worth) {
        if (worth.isEmpty()) {
            return;
        }
        TableWriter table = new TableWriter(workbook.createSheet("Worth"), styles);
        table.header(List.of("Purchase", "Taken away", "Cost change ($)", "Unplaced demand change",
                "First-refusal workloads off the primary, change"));
        for (OneLess w : worth) {
            table.row(List.of(w.purchase(), w.what(), w.costDeltaUsd(), w.unplacedDelta(), w.offPrimaryDelta()),
                    List.of(NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.DOLLARS, NumberStyle.WHOLE,
                            NumberStyle.WHOLE));
        }
        table.finish();
    }

    private static void writeNotBought(XSSFWorkbook workbook, WorkbookStyles styles, List<NotBought> notBought) {
        if (notBought.isEmpty()) {
            return;
        }
        TableWriter table = new TableWriter(workbook.createSheet("Not bought"), styles);
        table.header(List.of("Kind", "Id", "Why"));
        notBought.forEach(n -> table.row(List.of(n.kind(), n.id(), n.reason()),
                List.of(NumberStyle.GENERAL, NumberStyle.GENERAL, NumberStyle.GENERAL)));
        table.finish();
    }
}
