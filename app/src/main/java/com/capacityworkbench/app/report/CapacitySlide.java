package com.capacityworkbench.app.report;

import com.capacityworkbench.app.colors.SeriesPalette;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.PoolUtilization;
import com.capacityworkbench.model.scenario.Period;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** Slide 4: utilisation of the busiest pools over time, and the committed capacity each pool leaves idle. */
final class CapacitySlide {

    /** Lines of the utilisation chart: the busiest pools; a sum of percentages ("other") would mean nothing. */
    static final int BUSIEST = 8;

    private CapacitySlide() {
    }

    static void add(DeckTemplate deck, ReportContent content) {
        Kpis k = content.plan().kpis();
        List<ChartSeries> busiest = busiest(content);
        long pools = k.utilization().stream().map(PoolUtilization::pool).distinct().count();
        XSLFSlide slide = deck.slide("Capacity", BindingConstraints.fullPools(k).size() + " of " + pools
                + " pools full in some period; " + DeckText.money(k.idleSunkUsd()) + " of committed capacity idle",
                content.source() + " Utilisation: accelerators used ÷ available per period; idle: committed or "
                        + "self-built accelerator-hours not used × their price.");
        List<String> periods = content.scenario().horizon().periods().stream().map(Period::toString).toList();
        double top = DeckTemplate.BODY_TOP + 4;
        double height = DeckTemplate.BODY_BOTTOM - top;
        DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN, top, 520, height),
                DeckCharts.Kind.LINES, new DeckCharts.Spec("Utilisation of the " + busiest.size() + " busiest of "
                        + pools + " pools (%)", periods, busiest, "Utilisation (%)", DeckCharts.PERCENT));
        List<ChartSeries> idle = ChartSeries.withOther(idleByPool(content));
        DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN + 540, top,
                        DeckTemplate.WIDTH - 2 * DeckTemplate.MARGIN - 540, height), DeckCharts.Kind.STACKED_COLUMNS,
                new DeckCharts.Spec("Idle committed capacity by pool ($)", periods, idle, "Idle ($, millions)",
                        DeckCharts.MILLIONS));
    }

    /** The pools with the highest mean utilisation over the periods they exist in, one line each (%). */
    static List<ChartSeries> busiest(ReportContent content) {
        List<Period> periods = content.scenario().horizon().periods();
        Map<String, double[]> pct = new TreeMap<>();
        Map<String, double[]> sums = new TreeMap<>();
        for (PoolUtilization u : content.plan().kpis().utilization()) {
            int at = periods.indexOf(u.period());
            if (at < 0 || u.available() == 0) {
                continue;
            }
            pct.computeIfAbsent(u.pool(), p -> new double[periods.size()])[at] = u.utilizationPct();
            double[] sum = sums.computeIfAbsent(u.pool(), p -> new double[2]);
            sum[0] += u.utilizationPct();
            sum[1]++;
        }
        List<String> ranked = new ArrayList<>(pct.keySet());
        ranked.sort(Comparator.comparingDouble((String p) -> -sums.get(p)[0] / sums.get(p)[1]));
        List<ChartSeries> series = new ArrayList<>();
        for (int i = 0; i < Math.min(BUSIEST, ranked.size()); i++) {
            series.add(new ChartSeries(ranked.get(i), SeriesPalette.hex(i), pct.get(ranked.get(i))));
        }
        return series;
    }

    /** Idle committed dollars per pool and period, the pools idling most first (pools idling nothing left out). */
    static List<ChartSeries> idleByPool(ReportContent content) {
        List<Period> periods = content.scenario().horizon().periods();
        Map<String, double[]> idle = new LinkedHashMap<>();
        for (PoolUtilization u : content.plan().kpis().utilization()) {
            int at = periods.indexOf(u.period());
            if (at >= 0 && u.idleSunkUsd() > 0) {
                idle.computeIfAbsent(u.pool(), p -> new double[periods.size()])[at] += u.idleSunkUsd();
            }
        }
        List<ChartSeries> series = new ArrayList<>();
        idle.forEach((pool, usd) -> series.add(new ChartSeries(pool, "", usd)));
        series.sort(Comparator.comparingDouble(ChartSeries::total).reversed());
        List<ChartSeries> coloured = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            coloured.add(new ChartSeries(series.get(i).name(), SeriesPalette.hex(i), series.get(i).values()));
        }
        return coloured;
    }
}
