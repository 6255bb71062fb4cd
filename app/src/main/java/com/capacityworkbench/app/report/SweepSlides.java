package com.capacityworkbench.app.report;

import com.capacityworkbench.app.colors.SeriesPalette;
import com.capacityworkbench.model.portfolio.Histogram;
import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.TornadoBar;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * With a sweep (issue #16): the futures' cost as a fan over the periods and a histogram of the total; the tornado of
 * what moves cost and unplaced demand most; the workloads most at risk and the commitments most often idle.
 */
final class SweepSlides {

    /** Histogram columns: enough to show two humps, few enough to read at a projector's distance. */
    static final int BINS = 10;
    /** Tornado bars and table rows per chart or table: the rest are the smallest movers. */
    private static final int SHOWN = 10;
    private static final double HALF = (DeckTemplate.WIDTH - 2 * DeckTemplate.MARGIN - 20) / 2;
    private static final String UNPLACED_UNIT = "ref. accelerators × priority";

    private SweepSlides() {
    }

    static void add(DeckTemplate deck, ReportContent content) {
        SweepResult sweep = content.sweep();
        if (sweep == null || sweep.samples().isEmpty()) {
            return;
        }
        futures(deck, content, sweep);
        tornado(deck, content, sweep);
        risks(deck, content, sweep);
    }

    /** "Source: …, sweep of 200 futures (stress the plan, 5 s each, seed 1)." */
    private static String source(ReportContent content, SweepResult sweep) {
        String finished = sweep.complete() ? sweep.samples().size() + " futures"
                : sweep.samples().size() + " of " + sweep.settings().samples() + " futures (stopped)";
        return "Source: Capacity Workbench, sweep of " + finished + " of " + content.scenario().name() + " ("
                + sweep.settings().mode().label() + ", " + DeckText.number(sweep.settings().secondsPerSample())
                + " s each, seed " + sweep.settings().seed() + "), " + content.date() + ".";
    }

    private static void futures(DeckTemplate deck, ReportContent content, SweepResult sweep) {
        KpiSpread cost = sweep.totalCost();
        KpiSpread unplaced = sweep.unplacedDemand();
        XSLFSlide slide = deck.slide("The futures: cost", "Total cost P50 " + DeckText.money(cost.p50()) + " (P10 "
                        + DeckText.money(cost.p10()) + ", P90 " + DeckText.money(cost.p90()) + "); unplaced demand P50 "
                        + DeckText.number(unplaced.p50()) + " (P90 " + DeckText.number(unplaced.p90()) + ")",
                source(content, sweep) + " Dollars of plan cost, all categories.");
        double top = DeckTemplate.BODY_TOP + 4;
        double height = DeckTemplate.BODY_BOTTOM - top;
        Map<String, KpiSpread> fan = sweep.costByPeriod();
        if (!fan.isEmpty()) {
            List<String> periods = List.copyOf(fan.keySet());
            DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN, top, HALF, height),
                    DeckCharts.Kind.LINES, new DeckCharts.Spec("Cost per period over the futures ($)", periods,
                            List.of(fanLine("P90", fan, KpiSpread::p90, 3, true), fanLine("P50", fan, KpiSpread::p50, 0,
                                    false), fanLine("P10", fan, KpiSpread::p10, 2, true)),
                            "Cost ($, millions)", DeckCharts.MILLIONS));
        }
        Histogram histogram = sweep.histogram(SampleResult::totalCostUsd, BINS);
        DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN + HALF + 20, top, HALF, height),
                DeckCharts.Kind.COLUMNS, new DeckCharts.Spec("Futures by total cost", histogram.bins().stream()
                        .map(b -> DeckText.money(b.from()) + "–" + DeckText.money(b.to())).toList(),
                        List.of(new ChartSeries("Futures", SeriesPalette.hex(0), histogram.bins().stream()
                                .mapToDouble(Histogram.Bin::count).toArray())), "Futures (count)", "#,##0"));
    }

    private static ChartSeries fanLine(String name, Map<String, KpiSpread> fan,
            ToDoubleFunction<KpiSpread> percentile, int color, boolean dashed) {
        return new ChartSeries(name, SeriesPalette.hex(color), fan.values().stream().mapToDouble(percentile).toArray(),
                dashed);
    }

    private static void tornado(DeckTemplate deck, ReportContent content, SweepResult sweep) {
        List<TornadoBar> cost = sweep.tornado(SampleResult::totalCostUsd);
        List<TornadoBar> unplaced = sweep.tornado(SampleResult::unplacedDemand);
        if (cost.isEmpty()) {
            return;
        }
        XSLFSlide slide = deck.slide("What moves the figures", "Cost moves most with " + cost.getFirst().input()
                        + (unplaced.isEmpty() || unplaced.getFirst().swing() == 0 ? ""
                        : "; unplaced demand with " + unplaced.getFirst().input()),
                source(content, sweep) + " Mean over the futures where the input drew its lowest and its highest fifth.");
        double top = DeckTemplate.BODY_TOP + 4;
        double height = DeckTemplate.BODY_BOTTOM - top;
        DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN, top, HALF, height),
                DeckCharts.Kind.BARS, tornadoSpec("Total cost by input ($)", cost, "Total cost ($, millions)",
                        DeckCharts.MILLIONS));
        if (!unplaced.isEmpty()) {
            DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN + HALF + 20, top, HALF,
                    height), DeckCharts.Kind.BARS, tornadoSpec("Unplaced demand by input", unplaced,
                    "Unplaced demand (" + UNPLACED_UNIT + ")", "#,##0"));
        }
    }

    private static DeckCharts.Spec tornadoSpec(String title, List<TornadoBar> bars, String axis, String format) {
        List<TornadoBar> shown = bars.subList(0, Math.min(SHOWN, bars.size()));
        return new DeckCharts.Spec(title, shown.stream().map(b -> DeckText.clip(b.input(), 28)).toList(),
                List.of(new ChartSeries("Lowest fifth", SeriesPalette.hex(2),
                                shown.stream().mapToDouble(TornadoBar::whenLow).toArray()),
                        new ChartSeries("Highest fifth", SeriesPalette.hex(3),
                                shown.stream().mapToDouble(TornadoBar::whenHigh).toArray())), axis, format);
    }

    private static void risks(DeckTemplate deck, ReportContent content, SweepResult sweep) {
        Map<String, Double> unplacedOdds = sweep.unplacedOdds();
        Map<String, KpiSpread> idle = sweep.idleSunkByPool();
        if (unplacedOdds.isEmpty() && idle.isEmpty()) {
            return;
        }
        String most = unplacedOdds.isEmpty() ? "No workload goes unplaced in any future"
                : unplacedOdds.keySet().iterator().next() + " goes unplaced in "
                + percent(unplacedOdds.values().iterator().next()) + " of the futures";
        XSLFSlide slide = deck.slide("Risks across the futures", most, source(content, sweep)
                + " Share of futures; used: % of the pool's accelerator-periods; idle commitment: capacity paid for and"
                + " unused, $.");
        Map<String, Double> movedOdds = sweep.movedOdds();
        List<List<String>> workloads = new ArrayList<>();
        unplacedOdds.entrySet().stream().limit(SHOWN).forEach(e -> workloads.add(List.of(e.getKey(),
                percent(e.getValue()), percent(movedOdds.getOrDefault(e.getKey(), 0.0)))));
        double top = DeckTemplate.BODY_TOP + 6;
        DeckTemplate.table(slide, DeckTemplate.MARGIN, top, new double[] {200, 120, 120},
                List.of("Workload at risk", "Unplaced in", "Moved in"), workloads, new boolean[] {false, true, true},
                12);
        List<List<String>> pools = sweep.pools().stream().filter(p -> idle.containsKey(p.pool()))
                .sorted((a, b) -> Double.compare(b.idle().p50(), a.idle().p50())).limit(SHOWN)
                .map(p -> List.of(p.pool(), p.utilisation() != null ? Math.round(p.utilisation().p50()) + " %" : "–",
                        DeckText.money(p.idle().p50()), DeckText.money(p.idle().p90())))
                .toList();
        DeckTemplate.table(slide, DeckTemplate.MARGIN + HALF + 20, top, new double[] {190, 70, 80, 80},
                List.of("Pool with idle commitment", "Used P50", "Idle P50", "Idle P90"), pools,
                new boolean[] {false, true, true, true}, 12);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
