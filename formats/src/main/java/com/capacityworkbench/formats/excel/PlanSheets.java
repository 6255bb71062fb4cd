package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.excel.WorkbookStyles.NumberStyle;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.CommittedSpend;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.HardViolation;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.ProviderUsage;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The plan's list sheets: KPIs (with the plan's quality level by level when it was solved here), Plan (one row per
 * workload shard), Explanations and Violations.
 */
final class PlanSheets {

    private static final NumberStyle G = NumberStyle.GENERAL;
    /** A shard's reason on the Plan sheet: one per shard, so it stays short; Explanations says more. */
    static final int PLAN_REASON_CHARS = 1_000;
    /** A workload's sentences on the Explanations sheet. */
    static final int EXPLANATION_CHARS = 4_000;

    private final Workbook workbook;
    private final WorkbookStyles styles;
    private final Plan plan;

    PlanSheets(Workbook workbook, WorkbookStyles styles, Plan plan) {
        this.workbook = workbook;
        this.styles = styles;
        this.plan = plan;
    }

    void writeKpis() {
        Sheet sheet = workbook.createSheet("KPIs");
        Kpis k = plan.kpis();
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("KPI", "Value", "Note"));
        kpi(table, "Scenario", plan.scenarioName(), G);
        kpi(table, "Feasible", plan.isFeasible(), G);
        PlanQuality quality = plan.quality();
        if (quality != null) {
            kpi(table, "Plan quality", quality.summary(), G);
            kpi(table, "Solve time (s)", quality.solveSeconds(), NumberStyle.DECIMAL);
            // Text, not a number: a spreadsheet keeps only 15 digits of a long seed.
            kpi(table, "Random seed", Long.toString(quality.seed()), G);
        }
        table.row(List.of("Total cost ($)", k.totalCostUsd(), CommittedSpend.TOTAL_COST), List.of(G, NumberStyle.DOLLARS, G));
        for (CostCategory category : CostCategory.values()) {
            kpi(table, "Cost: " + category.label() + " ($)", k.costByCategory().getOrDefault(category, 0.0),
                    NumberStyle.DOLLARS);
        }
        table.row(List.of("Idle committed capacity ($)", k.idleSunkUsd(), CommittedSpend.IDLE),
                List.of(G, NumberStyle.DOLLARS, G));
        kpi(table, "Emissions (tCO2e)", k.tCo2e(), NumberStyle.WHOLE);
        kpi(table, "Placed workloads", k.placedWorkloads(), NumberStyle.WHOLE);
        kpi(table, "Unplaced workloads", k.unplacedWorkloads(), NumberStyle.WHOLE);
        new TreeMap<>(k.unplacedDemandByPriority()).descendingMap().forEach((priority, demand) ->
                kpi(table, "Unplaced demand, priority " + priority + " (ref accel)", demand, NumberStyle.DECIMAL));
        kpi(table, "First refusal honoured (workloads)", k.firstRefusalHonoured(), NumberStyle.WHOLE);
        kpi(table, "First refusal placed elsewhere (workloads)", k.firstRefusalElsewhere(), NumberStyle.WHOLE);
        kpi(table, "Latency misses (workloads)", k.latencyMisses(), NumberStyle.WHOLE);
        kpi(table, "Hard violations", k.hardViolations(), NumberStyle.WHOLE);
        table.finish();
        int next = table.nextRow() + 1;
        if (quality != null) {
            next = writeLevels(sheet, quality, next) + 1;
        }

        TableWriter usage = new TableWriter(sheet, styles, next, 0);
        usage.header(List.of("Provider", "Accelerator-hours", "Share (%)"));
        for (ProviderUsage u : k.providerUsage()) {
            usage.row(List.of(u.provider(), u.acceleratorHours(), u.sharePct()),
                    List.of(G, NumberStyle.WHOLE, NumberStyle.PERCENT_NUMBER));
        }
        usage.fitWidths();
    }

    /**
     * How good the plan is on each level of the score, most important first, below the KPIs: values and bounds
     * in the level's unit (a blank bound: none known; a blank time: unchanged since the first plan).
     *
     * @return the row after the table
     */
    private int writeLevels(Sheet sheet, PlanQuality quality, int firstRow) {
        TableWriter levels = new TableWriter(sheet, styles, firstRow, 0);
        levels.header(List.of("Level", "Value", "Unit", "Bound", "Status", "Last improved at (s)"));
        for (LevelQuality l : quality.levels()) {
            NumberStyle amount = l.level() == PlanLevel.COST ? NumberStyle.DOLLARS : NumberStyle.DECIMAL;
            levels.row(Arrays.asList(l.level(), l.value(), l.level().unit(), l.bound(), l.status(), l.lastImprovedAt()),
                    List.of(G, amount, G, amount, G, NumberStyle.DECIMAL));
        }
        levels.fitWidths();
        return levels.nextRow();
    }

    private static void kpi(TableWriter table, String name, Object value, NumberStyle style) {
        table.row(List.of(name, value), List.of(G, style));
    }

    void writePlan() {
        writePlan("Plan");
    }

    /** The Plan sheet under another name (a comparison has one per variant). */
    void writePlan(String sheetName) {
        Sheet sheet = workbook.createSheet(sheetName);
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Workload", "Shard", "Pool", "Site", "Provider", "Accelerators", "From", "To",
                "Cost ($)", "Status", "Reason", "Demand (ref accel)", "Pinned"));
        List<NumberStyle> formats = List.of(G, NumberStyle.WHOLE, G, G, G, NumberStyle.WHOLE, G, G,
                NumberStyle.DOLLARS, G, G, NumberStyle.DECIMAL, G);
        for (Assignment a : plan.assignments()) {
            table.row(Arrays.asList(a.workload(), a.shard(), a.pool(), a.site(), a.provider(), a.accelerators(),
                    a.from(), a.to(), a.costUsd(), a.status(), CellText.brief(a.reason(), PLAN_REASON_CHARS), a.demand(),
                    a.pinned()), formats);
        }
        table.finish();
    }

    void writeExplanations() {
        Sheet sheet = workbook.createSheet("Explanations");
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Workload", "Summary", "Candidate pool", "Site", "Provider", "Cost there ($)", "Chosen",
                "Rule", "Blocked by", "Primary declined", "Missing", "Pools considered"));
        List<NumberStyle> formats = List.of(G, G, G, G, G, NumberStyle.DOLLARS, G, G, G, G, G, NumberStyle.WHOLE);
        int perWorkload = ExplanationRows.perWorkload(plan.explanations().size());
        for (WorkloadExplanation e : plan.explanations()) {
            List<Candidate> shown = ExplanationRows.topCandidates(e.candidates(), perWorkload);
            String summary = CellText.brief(e.summary(), EXPLANATION_CHARS);
            String primaryDeclined = CellText.brief(e.primaryDeclined(), EXPLANATION_CHARS);
            String missing = CellText.brief(e.missing(), EXPLANATION_CHARS);
            if (shown.isEmpty()) {
                table.row(Arrays.asList(e.workload(), summary, null, null, null, null, null, null, null,
                        primaryDeclined, missing, 0), formats);
            }
            for (int i = 0; i < shown.size(); i++) {
                Candidate c = shown.get(i);
                // The workload's sentences once, on its first row: repeated, they would make every row as tall.
                boolean first = i == 0;
                table.row(Arrays.asList(e.workload(), first ? summary : null, c.pool(), c.site(), c.provider(),
                        c.costUsd(), c.chosen(), c.rule(), CellText.brief(c.blockedBy(), EXPLANATION_CHARS),
                        first ? primaryDeclined : null, first ? missing : null, first ? e.candidates().size() : null),
                        formats);
            }
        }
        table.finish();
    }

    void writeViolations() {
        Sheet sheet = workbook.createSheet("Violations");
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Rule", "Workload", "Where", "Message"));
        for (HardViolation v : plan.hardViolations()) {
            table.row(Arrays.asList(v.rule(), v.workload(), v.where(), v.message()), List.of());
        }
        table.finish();
    }
}
