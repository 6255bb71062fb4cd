package com.capacityworkbench.app.report;

import com.capacityworkbench.app.colors.SeriesPalette;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.CostLine;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Provider;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** Slide 3: cost per period stacked by provider, and cost by category; both from the plan's cost lines. */
final class CostSlide {

    private CostSlide() {
    }

    static void add(DeckTemplate deck, ReportContent content) {
        Kpis k = content.plan().kpis();
        XSLFSlide slide = deck.slide("Cost", DeckText.cents(k.totalCostUsd()) + " over " + content.horizon()
                + "; " + DeckText.money(k.costByCategory().getOrDefault(CostCategory.COMPUTE, 0.0)) + " of it compute",
                content.source() + " Dollars of plan cost, all categories, per period.");
        List<String> periods = content.scenario().horizon().periods().stream().map(Period::toString).toList();
        double top = DeckTemplate.BODY_TOP + 4;
        double height = DeckTemplate.BODY_BOTTOM - top;
        DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN, top, 560, height),
                DeckCharts.Kind.STACKED_COLUMNS, new DeckCharts.Spec("Cost by provider and period ($)", periods,
                        ChartSeries.withOther(byProvider(content)), "Cost ($, millions)", DeckCharts.MILLIONS));
        List<CostCategory> categories = Arrays.asList(CostCategory.values());
        double[] byCategory = categories.stream().mapToDouble(c -> k.costByCategory().getOrDefault(c, 0.0)).toArray();
        DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN + 580, top,
                        DeckTemplate.WIDTH - 2 * DeckTemplate.MARGIN - 580, height), DeckCharts.Kind.COLUMNS,
                new DeckCharts.Spec("Cost by category ($)", categories.stream().map(CostCategory::label).toList(),
                        List.of(new ChartSeries("Cost", SeriesPalette.hex(0), byCategory)), "Cost ($, millions)",
                        DeckCharts.MILLIONS));
    }

    /** One series per provider (its colour as in the app), most costly first, summed from the plan's cost lines. */
    static List<ChartSeries> byProvider(ReportContent content) {
        List<Period> periods = content.scenario().horizon().periods();
        List<String> providerIds = content.scenario().providers().stream().map(Provider::id).toList();
        Map<String, double[]> byProvider = new LinkedHashMap<>();
        for (CostLine line : content.plan().kpis().costLines()) {
            int at = periods.indexOf(line.period());
            if (at >= 0) {
                byProvider.computeIfAbsent(line.provider(), p -> new double[periods.size()])[at] += line.usd();
            }
        }
        List<ChartSeries> series = new ArrayList<>();
        byProvider.forEach((provider, values) -> series.add(new ChartSeries(provider,
                SeriesPalette.hex(providerIds.indexOf(provider)), values)));
        series.sort(Comparator.comparingDouble(ChartSeries::total).reversed());
        return series;
    }
}
