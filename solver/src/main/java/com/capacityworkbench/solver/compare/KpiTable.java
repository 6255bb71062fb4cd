package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.KpiDirection;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.SeedRun;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.ProviderUsage;
import com.capacityworkbench.model.plan.SitePower;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The KPI rows of a comparison, read from each plan's {@link Kpis} (never recomputed): cost in total and
 * by category, unplaced demand, first refusal, provider shares, peak power per site against its cap,
 * idle committed capacity, carbon, latency misses and broken hard rules. Each value comes with its spread over
 * the seeds its scenario was solved with (the solver's noise): max − min of the seeds' figures, 0 for a plan
 * proven optimal on every level, unknown after a single unproven solve.
 */
public final class KpiTable {

    private static final double TIE = 1e-6;

    private KpiTable() {
    }

    public static List<KpiRow> rows(List<ComparedPlan> columns) {
        List<Column> kpis = columns.stream().map(Column::of).toList();
        List<Kpis> shown = kpis.stream().map(Column::shown).toList();
        boolean[] feasible = Contenders.fewestViolations(shown);
        boolean[] contenders = Contenders.leastUnplacedAmong(shown, feasible);
        List<KpiRow> rows = new ArrayList<>();
        rows.add(row("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER, kpis, Kpis::totalCostUsd, contenders));
        for (CostCategory category : CostCategory.values()) {
            rows.add(row("Cost", capitalised(category.label()) + " cost", "$", KpiDirection.LOWER_IS_BETTER, kpis,
                    k -> k.costByCategory().getOrDefault(category, 0.0), contenders));
        }
        rows.add(row("Demand", "Unplaced demand", "ref accel", KpiDirection.LOWER_IS_BETTER, kpis,
                Kpis::totalUnplacedDemand, feasible));
        rows.add(row("Demand", "Unplaced workloads", "workloads", KpiDirection.LOWER_IS_BETTER, kpis,
                Kpis::unplacedWorkloads, feasible));
        rows.add(row("First refusal", "Honoured on the primary", "workloads", KpiDirection.HIGHER_IS_BETTER, kpis,
                Kpis::firstRefusalHonoured, contenders));
        rows.add(row("First refusal", "Sent elsewhere", "workloads", KpiDirection.LOWER_IS_BETTER, kpis,
                Kpis::firstRefusalElsewhere, contenders));
        for (String provider : union(shown, k -> k.providerUsage().stream().map(ProviderUsage::provider).toList())) {
            rows.add(row("Provider share", provider, "%", KpiDirection.NEUTRAL, kpis, k -> k.providerUsage().stream()
                    .filter(u -> u.provider().equals(provider)).mapToDouble(ProviderUsage::sharePct).sum(), contenders));
        }
        for (String site : union(shown, k -> k.power().stream().map(SitePower::site).toList())) {
            rows.add(row("Peak power", site, "MW", KpiDirection.NEUTRAL, kpis, k -> peakMw(k, site), contenders));
            if (shown.stream().anyMatch(k -> k.power().stream().anyMatch(p -> p.site().equals(site) && p.capMw() != null))) {
                rows.add(row("Peak power", site + " vs cap", "% of cap", KpiDirection.LOWER_IS_BETTER, kpis,
                        k -> peakPctOfCap(k, site), contenders));
            }
        }
        rows.add(row("Waste", "Idle committed capacity", "$", KpiDirection.LOWER_IS_BETTER, kpis, Kpis::idleSunkUsd,
                contenders));
        rows.add(row("Carbon", "Emissions", "tCO2e", KpiDirection.LOWER_IS_BETTER, kpis, Kpis::tCo2e, contenders));
        rows.add(row("Latency", "Latency misses", "workloads", KpiDirection.LOWER_IS_BETTER, kpis, Kpis::latencyMisses,
                contenders));
        rows.add(row("Feasibility", "Broken hard rules", "violations", KpiDirection.LOWER_IS_BETTER, kpis,
                Kpis::hardViolations, null));
        return rows;
    }

    /**
     * @param contenders the columns that may carry the best mark (null: all). A plan that breaks more hard rules or
     *                   leaves more demand unplaced is not the best on cost for being cheaper: it does less.
     */
    private static KpiRow row(String group, String kpi, String unit, KpiDirection direction, List<Column> columns,
            ToDoubleFunction<Kpis> value, boolean[] contenders) {
        List<Double> values = columns.stream().map(c -> value.applyAsDouble(c.shown())).toList();
        List<Double> spreads = columns.stream().map(c -> c.spread(value)).toList();
        return new KpiRow(group, kpi, unit, direction, values, best(values, direction, contenders), spreads);
    }

    /** One plan's figures: the shown plan's, and its seeds' for the spread. */
    private record Column(Kpis shown, List<Kpis> seeds, boolean provenOptimal) {

        static Column of(ComparedPlan plan) {
            return new Column(plan.plan().kpis(), plan.seedRuns().stream().map(SeedRun::kpis).toList(),
                    plan.provenOptimal());
        }

        double spread(ToDoubleFunction<Kpis> value) {
            if (provenOptimal) {
                return 0;
            }
            if (seeds.size() < 2) {
                return Double.NaN;
            }
            DoubleSummaryStatistics range = seeds.stream().mapToDouble(value).summaryStatistics();
            return range.getMax() - range.getMin();
        }
    }

    /** The best of the contenders, when at least two of them differ; null otherwise. */
    private static Integer best(List<Double> values, KpiDirection direction, boolean[] contenders) {
        List<Double> contending = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (contenders == null || contenders[i]) {
                contending.add(values.get(i));
            }
        }
        if (direction == KpiDirection.NEUTRAL || contending.size() < 2) {
            return null;
        }
        double min = contending.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = contending.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (max - min <= TIE * Math.max(1, Math.abs(max))) {
            return null;
        }
        double target = direction == KpiDirection.LOWER_IS_BETTER ? min : max;
        for (int i = 0; i < values.size(); i++) {
            if ((contenders == null || contenders[i])
                    && Math.abs(values.get(i) - target) <= TIE * Math.max(1, Math.abs(target))) {
                return i;
            }
        }
        return null;
    }

    private static double peakMw(Kpis k, String site) {
        return k.power().stream().filter(p -> p.site().equals(site)).mapToDouble(SitePower::usedMw).max().orElse(0);
    }

    private static double peakPctOfCap(Kpis k, String site) {
        return k.power().stream()
                .filter(p -> p.site().equals(site) && p.capMw() != null && p.capMw() > 0)
                .mapToDouble(p -> 100.0 * p.usedMw() / p.capMw())
                .max().orElse(0);
    }

    private static TreeSet<String> union(List<Kpis> kpis, Function<Kpis, List<String>> names) {
        TreeSet<String> all = new TreeSet<>();
        kpis.stream().map(names).flatMap(List::stream).filter(Objects::nonNull).forEach(all::add);
        return all;
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
