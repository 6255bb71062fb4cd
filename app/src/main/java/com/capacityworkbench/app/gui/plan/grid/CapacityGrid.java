package com.capacityworkbench.app.gui.plan.grid;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PoolUtilization;
import com.capacityworkbench.model.scenario.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pools × periods from the plan's utilization figures. With many pools the most telling ones come
 * first (most idle committed dollars, then fullest) and the rest fold into one "other pools" row.
 */
public final class CapacityGrid {

    private CapacityGrid() {
    }

    public static GridModel of(Plan plan, List<Period> periods, int topN) {
        Map<String, List<PoolUtilization>> byPool = plan.kpis().utilization().stream()
                .collect(Collectors.groupingBy(PoolUtilization::pool, LinkedHashMap::new, Collectors.toList()));
        List<String> pools = new ArrayList<>(byPool.keySet());
        pools.sort(Comparator.comparingDouble((String p) -> -idle(byPool.get(p)))
                .thenComparingDouble(p -> -used(byPool.get(p)))
                .thenComparing(Comparator.naturalOrder()));
        List<String> shown = pools.subList(0, Math.min(topN, pools.size()));
        List<String> rest = pools.subList(shown.size(), pools.size());
        List<String> labels = new ArrayList<>(shown);
        List<String> keys = new ArrayList<>(shown);
        List<GridModel.Cell[]> rows = new ArrayList<>();
        for (String pool : shown) {
            rows.add(row(pool, byPool.get(pool), periods));
        }
        if (!rest.isEmpty()) {
            labels.add("other " + rest.size() + " pools");
            keys.add(null);
            rows.add(row("other " + rest.size() + " pools",
                    rest.stream().flatMap(p -> byPool.get(p).stream()).toList(), periods));
        }
        return new GridModel(labels, keys, periods, rows.toArray(GridModel.Cell[][]::new));
    }

    private static GridModel.Cell[] row(String name, List<PoolUtilization> lines, List<Period> periods) {
        Map<Period, long[]> counts = new HashMap<>();
        Map<Period, Double> idle = new HashMap<>();
        for (PoolUtilization u : lines) {
            long[] c = counts.computeIfAbsent(u.period(), k -> new long[2]);
            c[0] += u.used();
            c[1] += u.available();
            idle.merge(u.period(), u.idleSunkUsd(), Double::sum);
        }
        GridModel.Cell[] cells = new GridModel.Cell[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            long[] c = counts.get(p);
            if (c == null || c[1] == 0) {
                cells[i] = new GridModel.Cell(Double.NaN, "", name + " · " + p + ": not available", false);
                continue;
            }
            double ratio = (double) c[0] / c[1];
            double idleUsd = idle.getOrDefault(p, 0.0);
            String tip = name + " · " + p + "\nused " + Figures.integer(c[0]) + " of " + Figures.integer(c[1])
                    + " accelerators (" + Figures.pct(100 * ratio) + ")"
                    + (idleUsd > 0 ? "\nidle committed/self-built: " + Figures.usd(idleUsd) : "");
            boolean flagged = IdleFlag.material(c[0], c[1], idleUsd);
            cells[i] = new GridModel.Cell(ratio, Figures.pct(100 * ratio),
                    tip + (flagged ? "\nflagged: " + IdleFlag.rule() : ""), flagged);
        }
        return cells;
    }

    private static double idle(List<PoolUtilization> lines) {
        return lines.stream().mapToDouble(PoolUtilization::idleSunkUsd).sum();
    }

    private static double used(List<PoolUtilization> lines) {
        return lines.stream().mapToDouble(PoolUtilization::utilizationPct).sum();
    }
}
