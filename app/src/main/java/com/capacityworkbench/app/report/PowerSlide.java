package com.capacityworkbench.app.report;

import com.capacityworkbench.app.colors.SeriesPalette;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.scenario.Period;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** Slide 5: power drawn against the cap at each capped site, per period, and each site's tightest period. */
final class PowerSlide {

    /** Sites in the chart: each draws two lines (used, cap), so six keep it at twelve series. */
    static final int SITES = ChartSeries.MAX_SERIES / 2;

    private PowerSlide() {
    }

    static void add(DeckTemplate deck, ReportContent content) {
        Map<String, SitePower> peaks = BindingConstraints.powerPeaks(content.plan().kpis());
        List<SitePower> binding = BindingConstraints.bindingPower(content.plan().kpis());
        String source = content.source() + " Facility power: accelerators × TDP × (1 + host overhead) × PUE, in MW.";
        if (peaks.isEmpty()) {
            XSLFSlide slide = deck.slide("Power", "No site has a power cap in this scenario", source);
            DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, DeckTemplate.BODY_TOP + 10, 600, 40),
                    "Power limits nothing here: add a cap to a site to see its headroom.", 18, DeckTemplate.INK, false);
            return;
        }
        XSLFSlide slide = deck.slide("Power against caps", binding.size() + " of " + peaks.size()
                + " capped sites reach " + Math.round(BindingConstraints.BINDING_POWER * 100) + " % of their cap", source);
        List<SitePower> tightest = new ArrayList<>(peaks.values());
        tightest.sort(Comparator.comparingDouble((SitePower p) -> -p.usedMw() / p.capMw()).thenComparing(SitePower::site));
        List<SitePower> shown = tightest.subList(0, Math.min(SITES, tightest.size()));
        List<String> periods = content.scenario().horizon().periods().stream().map(Period::toString).toList();
        double top = DeckTemplate.BODY_TOP + 4;
        DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN, top, 540,
                        DeckTemplate.BODY_BOTTOM - top), DeckCharts.Kind.LINES,
                new DeckCharts.Spec("Power used and cap (MW)" + (tightest.size() > SITES ? ", the " + SITES
                        + " tightest of " + tightest.size() + " capped sites" : ""), periods, lines(content, shown),
                        "Power (MW)", DeckCharts.MEGAWATTS));
        List<List<String>> rows = tightest.stream().limit(12).map(p -> List.of(p.site(), p.period().toString(),
                String.format(Locale.US, "%,.1f", p.usedMw()), String.format(Locale.US, "%,.1f", p.capMw()),
                String.format(Locale.US, "%.0f %%", 100 * p.usedMw() / p.capMw()))).toList();
        DeckTemplate.table(slide, DeckTemplate.MARGIN + 556, top + 10, new double[] {130, 60, 56, 56, 50},
                List.of("Site", "Tightest", "MW", "Cap", "Of cap"), rows, new boolean[] {false, false, true, true, true},
                11);
    }

    /** Per shown site: the power it draws (solid) and its cap (dashed, same colour), per period. */
    static List<ChartSeries> lines(ReportContent content, List<SitePower> sites) {
        List<Period> periods = content.scenario().horizon().periods();
        List<ChartSeries> lines = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            String site = sites.get(i).site();
            double[] used = new double[periods.size()];
            double[] cap = new double[periods.size()];
            for (SitePower p : content.plan().kpis().power()) {
                int at = periods.indexOf(p.period());
                if (at >= 0 && p.site().equals(site)) {
                    used[at] = p.usedMw();
                    cap[at] = p.capMw() == null ? Double.NaN : p.capMw();
                }
            }
            lines.add(new ChartSeries(site + " used", SeriesPalette.hex(i), used));
            lines.add(new ChartSeries(site + " cap", SeriesPalette.hex(i), cap, true));
        }
        return lines;
    }
}
