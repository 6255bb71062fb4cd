package com.capacityworkbench.app.report;

import com.capacityworkbench.app.colors.SeriesPalette;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** Slide 6: what the primary took, what it declined, and why, reasons grouped over the declined workloads. */
final class FirstRefusalSlide {

    private static final int ROWS = 8;

    private FirstRefusalSlide() {
    }

    static void add(DeckTemplate deck, ReportContent content) {
        Kpis k = content.plan().kpis();
        String primary = content.scenario().policies().primaryProvider();
        String source = content.source() + " Workloads with a first-refusal flag; reasons from the plan's explanations.";
        if (primary == null) {
            XSLFSlide slide = deck.slide("First refusal", "No primary provider: no workload has a right of first "
                    + "refusal to honour", source);
            DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, DeckTemplate.BODY_TOP + 10, 600, 40),
                    "Set a primary provider in Policies to see what it takes and declines.", 18, DeckTemplate.INK, false);
            return;
        }
        List<DeclineReasons.Reason> reasons = DeclineReasons.of(content.plan().explanations());
        XSLFSlide slide = deck.slide("First refusal: " + primary, k.firstRefusalHonoured() + " workloads taken by "
                + primary + ", " + k.firstRefusalElsewhere() + " declined and placed elsewhere", source);
        double top = DeckTemplate.BODY_TOP + 4;
        double height = DeckTemplate.BODY_BOTTOM - top;
        DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN, top, 200, height),
                DeckCharts.Kind.COLUMNS, new DeckCharts.Spec("First-refusal workloads", List.of("taken by " + primary,
                        "placed elsewhere"), List.of(new ChartSeries("Workloads", SeriesPalette.hex(0), new double[] {
                            k.firstRefusalHonoured(), k.firstRefusalElsewhere()})), "Workloads", "#,##0"));
        if (reasons.isEmpty()) {
            DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN + 220, top + 10, 600, 40),
                    "The primary declined nothing it could take.", 18, DeckTemplate.INK, false);
            return;
        }
        List<ChartSeries> byReason = List.of(new ChartSeries("Declined workloads", SeriesPalette.hex(5),
                reasons.stream().limit(ChartSeries.MAX_SERIES).mapToDouble(r -> r.workloads().size()).toArray()));
        DeckCharts.add(deck.show(), slide, new Rectangle2D.Double(DeckTemplate.MARGIN + 210, top, 330, height),
                DeckCharts.Kind.BARS, new DeckCharts.Spec("Why the primary declined (workloads per reason)",
                        reasons.stream().limit(ChartSeries.MAX_SERIES).map(DeclineReasons.Reason::label).toList(),
                        byReason, "Declined workloads", "#,##0"));
        List<List<String>> rows = content.plan().explanations().stream().filter(e -> e.primaryDeclined() != null)
                .limit(ROWS).map(FirstRefusalSlide::row).toList();
        DeckTemplate.table(slide, DeckTemplate.MARGIN + 550, top + 6, new double[] {110, 228},
                List.of("Workload", "First reason given"), rows, new boolean[] {false, false}, 10);
    }

    private static List<String> row(WorkloadExplanation e) {
        String text = e.primaryDeclined();
        int reason = text.indexOf("declined: ");
        int room = text.indexOf("more: ");
        String first = reason >= 0 ? text.substring(reason + "declined: ".length())
                : room >= 0 ? text.substring(room + "more: ".length()) : text;
        int end = first.indexOf("; ");
        return List.of(e.workload(), DeckText.clip(end < 0 ? first : first.substring(0, end), 90));
    }
}
