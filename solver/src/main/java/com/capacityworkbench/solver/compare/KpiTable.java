package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.KpiDirection;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.ProviderUsage;
import com.capacityworkbench.model.plan.SitePower;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The KPI rows of a comparison, read from each plan's {@link Kpis} (never recomputed): cost in total and
 * by category, unplaced demand, first refusal, provider shares, peak power per site against its cap,
 * idle committed capacity, carbon, latency misses and broken hard rules.
 */
public final class KpiTable {

    private static final double TIE = 1e-6;

    private KpiTable() {
    }

    public static List<KpiRow> rows(List<ComparedPlan> columns) {
        List<Kpis> kpis = columns.stream().map(c -> c.plan().kpis()).toList();
        List<KpiRow> rows = new ArrayList<>();
        rows.add(row("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER, kpis, Kpis::totalCostUsd));
        for (CostCategory category : CostCategory.values()) {
            rows.add(row("Cost", capitalised(category.label()) + " cost", "$", KpiDirection.LOWER_IS_BETTER, kpis,
                    k -> k.costByCategory().getOrDefault(category, 0.0)));
        }
        rows.add(row("Demand", "Unplaced demand", "ref accel", KpiDirection.LOWER_IS_BETTER, kpis,
                k -> k.unplacedDemandByPriority().values().stream().mapToDouble(Double::doubleValue).sum()));
        rows.add(row("Demand", "Unplaced workloads", "workloads", KpiDirection.LOWER_IS_BETTER, kpis,
                Kpis::unplacedWorkloads));
        rows.add(row("First refusal", "Honoured on the primary", "workloads", KpiDirection.HIGHER_IS_BETTER, kpis,
                Kpis::firstRefusalHonoured));
        rows.add(row("First refusal", "Sent elsewhere", "workloads", KpiDirection.LOWER_IS_BETTER, kpis,
                Kpis::firstRefusalElsewhere));
        for (String provider : union(kpis, k -> k.providerUsage().stream().map(ProviderUsage::provider).toList())) {
            rows.add(row("Provider share", provider, "%", KpiDirection.NEUTRAL, kpis, k -> k.providerUsage().stream()
                    .filter(u -> u.provider().equals(provider)).mapToDouble(ProviderUsage::sharePct).sum()));
        }
        for (String site : union(kpis, k -> k.power().stream().map(SitePower::site).toList())) {
            rows.add(row("Peak power", site, "MW", KpiDirection.NEUTRAL, kpis, k -> peakMw(k, site)));
            if (kpis.stream().anyMatch(k -> k.power().stream().anyMatch(p -> p.site().equals(site) && p.capMw() != null))) {
                rows.add(row("Peak power", site + " vs cap", "% of cap", KpiDirection.LOWER_IS_BETTER, kpis,
                        k -> peakPctOfCap(k, site)));
            }
        }
        rows.add(row("Waste", "Idle committed capacity", "$", KpiDirection.LOWER_IS_BETTER, kpis, Kpis::idleSunkUsd));
        rows.add(row("Carbon", "Emissions", "tCO2e", KpiDirection.LOWER_IS_BETTER, kpis, Kpis::tCo2e));
        rows.add(row("Latency", "Latency misses", "workloads", KpiDirection.LOWER_IS_BETTER, kpis, Kpis::latencyMisses));
        rows.add(row("Feasibility", "Broken hard rules", "violations", KpiDirection.LOWER_IS_BETTER, kpis,
                Kpis::hardViolations));
        return rows;
    }

    private static KpiRow row(String group, String kpi, String unit, KpiDirection direction, List<Kpis> kpis,
            ToDoubleFunction<Kpis> value) {
        List<Double> values = kpis.stream().map(k -> value.applyAsDouble(k)).toList();
        return new KpiRow(group, kpi, unit, direction, values, best(values, direction));
    }

    private static Integer best(List<Double> values, KpiDirection direction) {
        if (direction == KpiDirection.NEUTRAL || values.size() < 2) {
            return null;
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (max - min <= TIE * Math.max(1, Math.abs(max))) {
            return null;
        }
        double target = direction == KpiDirection.LOWER_IS_BETTER ? min : max;
        for (int i = 0; i < values.size(); i++) {
            if (Math.abs(values.get(i) - target) <= TIE * Math.max(1, Math.abs(target))) {
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
