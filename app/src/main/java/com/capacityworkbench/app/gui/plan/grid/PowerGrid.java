package com.capacityworkbench.app.gui.plan.grid;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.scenario.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sites × periods from the plan's power figures: colour = power used ÷ cap, the label the MW used and the cap
 * ("12.3 / 15 MW"; the chart also draws the cap as a line in the cell), the tooltip used, cap and headroom.
 * Uncapped sites are coloured against the largest draw and say "no cap".
 * Sites nearest their cap come first; beyond topN the rest fold into one row.
 */
public final class PowerGrid {

    private PowerGrid() {
    }

    public static GridModel of(Plan plan, List<Period> periods, int topN) {
        Map<String, Map<Period, SitePower>> bySite = plan.kpis().power().stream().collect(Collectors.groupingBy(
                SitePower::site, LinkedHashMap::new, Collectors.toMap(SitePower::period, p -> p, (a, b) -> a)));
        double maxUsed = plan.kpis().power().stream().mapToDouble(SitePower::usedMw).max().orElse(1);
        List<String> sites = new ArrayList<>(bySite.keySet());
        sites.sort(Comparator.comparingDouble((String s) -> -peakRatio(bySite.get(s).values(), maxUsed))
                .thenComparing(Comparator.naturalOrder()));
        List<String> shown = sites.subList(0, Math.min(topN, sites.size()));
        List<String> labels = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<GridModel.Cell[]> rows = new ArrayList<>();
        for (String site : shown) {
            labels.add(site);
            keys.add(site);
            rows.add(row(site, bySite.get(site), periods, maxUsed));
        }
        int rest = sites.size() - shown.size();
        if (rest > 0) {
            labels.add("other " + rest + " sites (below " + Figures.pct(100 * peakRatio(bySite.get(sites.get(shown.size())).values(), maxUsed)) + " of cap)");
            keys.add(null);
            rows.add(new GridModel.Cell[periods.size()]);
        }
        return new GridModel(labels, keys, periods, rows.toArray(GridModel.Cell[][]::new));
    }

    private static GridModel.Cell[] row(String site, Map<Period, SitePower> power, List<Period> periods, double maxUsed) {
        GridModel.Cell[] cells = new GridModel.Cell[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            SitePower p = power.get(periods.get(i));
            if (p == null) {
                cells[i] = new GridModel.Cell(Double.NaN, "", site + " · " + periods.get(i) + ": no draw", false);
                continue;
            }
            String used = Figures.compact(p.usedMw()) + " MW";
            if (p.capMw() == null) {
                cells[i] = new GridModel.Cell(0.5 * p.usedMw() / maxUsed, used + " · no cap",
                        site + " · " + p.period() + "\nused " + used + "\nno cap modelled", false);
            } else {
                double cap = p.capMw();
                double ratio = cap <= 0 ? (p.usedMw() > 0 ? 2 : 0) : p.usedMw() / cap;
                cells[i] = new GridModel.Cell(ratio, Figures.compact(p.usedMw()) + " / " + Figures.compact(cap) + " MW",
                        cap, site + " · " + p.period() + "\nused " + used + " of cap "
                        + Figures.compact(cap) + " MW (" + Figures.pct(100 * ratio) + ")\nheadroom "
                        + Figures.compact(cap - p.usedMw()) + " MW", false);
            }
        }
        return cells;
    }

    private static double peakRatio(java.util.Collection<SitePower> lines, double maxUsed) {
        return lines.stream().mapToDouble(p -> p.capMw() == null || p.capMw() <= 0
                ? 0.5 * p.usedMw() / maxUsed : p.usedMw() / p.capMw()).max().orElse(0);
    }
}
