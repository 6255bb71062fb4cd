package com.capacityworkbench.app.report;

import com.capacityworkbench.app.compare.KpiCellText;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlacementChange;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * With a comparison: the KPI table of the plans with deltas and noise marks, how many moves each variant's changes
 * force, then per variant that moves anything its moves (those a change caused first).
 */
final class ComparisonSlides {

    /** Rows of a variant's moves that fit one slide with two lines each. */
    private static final int MOVES = 8;
    private static final double TABLE_WIDTH = DeckTemplate.WIDTH - 2 * DeckTemplate.MARGIN;

    private ComparisonSlides() {
    }

    static void add(DeckTemplate deck, ReportContent content) {
        Comparison comparison = content.comparison();
        if (comparison == null) {
            return;
        }
        kpis(deck, content, comparison);
        overview(deck, content, comparison);
        for (ComparedPlan variant : comparison.columns()) {
            if (!variant.isBase() && !comparison.changesOf(variant.id()).isEmpty()) {
                moves(deck, content, variant, comparison.changesOf(variant.id()));
            }
        }
    }

    /** Per variant: its changes, how many workloads move and how many of those a change causes. */
    private static void overview(DeckTemplate deck, ReportContent content, Comparison comparison) {
        List<ComparedPlan> variants = comparison.columns().stream().filter(c -> !c.isBase()).toList();
        XSLFSlide slide = deck.slide("What each change forces", "Workloads placed differently from the base plan, "
                + "per variant", content.source() + " Moves against the base plan; a move is caused by a change when "
                + "the change forces it or makes it worth making.");
        List<List<String>> rows = variants.stream().map(v -> {
            List<PlacementChange> changes = comparison.changesOf(v.id());
            long caused = changes.stream().filter(m -> m.cause().causedByChange()).count();
            String what = String.join("; ", v.changes());
            return List.of(v.name(), DeckText.clip(what.isEmpty() ? "none" : what, 120),
                    Integer.toString(changes.size()), Long.toString(caused));
        }).toList();
        DeckTemplate.table(slide, DeckTemplate.MARGIN, DeckTemplate.BODY_TOP + 6, new double[] {190, 498, 100, 100},
                List.of("Variant", "Changes", "Workloads moved", "Caused by a change"), rows,
                new boolean[] {false, false, true, true}, 12);
    }

    private static void kpis(DeckTemplate deck, ReportContent content, Comparison comparison) {
        List<ComparedPlan> columns = comparison.columns();
        XSLFSlide slide = deck.slide("What-if variants", columns.size() - 1 + " variants against the base: KPIs, "
                + "difference to the base in %", content.source() + " Each plan solved under its own scenario; "
                + KpiCellText.LEGEND + ".");
        List<String> header = new ArrayList<>(List.of("KPI (unit)"));
        columns.forEach(c -> header.add(DeckText.clip(c.name(), 30)));
        header.add("± noise");
        List<List<String>> rows = new ArrayList<>();
        for (KpiRow row : comparison.kpis().stream().filter(r -> KpiCellText.HEADLINE.contains(r.kpi())).toList()) {
            List<String> cells = new ArrayList<>(List.of(KpiCellText.label(row)));
            for (int i = 0; i < columns.size(); i++) {
                cells.add(KpiCellText.cell(row, i));
            }
            cells.add(KpiCellText.noise(row));
            rows.add(cells);
        }
        double first = 160;
        double noise = 84;
        double each = (TABLE_WIDTH - first - noise) / columns.size();
        double[] widths = new double[columns.size() + 2];
        boolean[] numeric = new boolean[widths.length];
        widths[0] = first;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? noise : each;
            numeric[i] = true;
        }
        DeckTemplate.table(slide, DeckTemplate.MARGIN, DeckTemplate.BODY_TOP + 6, widths, header, rows, numeric,
                columns.size() > 7 ? 10 : 12);
    }

    private static void moves(DeckTemplate deck, ReportContent content, ComparedPlan variant,
            List<PlacementChange> changes) {
        long caused = changes.stream().filter(m -> m.cause().causedByChange()).count();
        XSLFSlide slide = deck.slide("Variant: " + variant.name(), changes.size() + (changes.size() == 1
                        ? " workload placed differently, " : " workloads placed differently, ") + caused
                        + " of them caused by a change",
                content.source() + " Moves against the base plan; cost difference of the workload, $.");
        String what = String.join("; ", variant.changes());
        DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, DeckTemplate.BODY_TOP, TABLE_WIDTH, 24),
                "Changes: " + DeckText.clip(what.isEmpty() ? "none" : what, 160), 13, DeckTemplate.INK, false);
        List<List<String>> rows = changes.stream()
                .sorted(Comparator.comparing((PlacementChange m) -> !m.cause().causedByChange())
                        .thenComparing(m -> -Math.abs(m.costDelta())))
                .limit(MOVES)
                .map(m -> List.of(m.workload(), DeckText.clip(m.from() == null ? "unplaced" : m.from(), 36),
                        DeckText.clip(m.to() == null ? "unplaced" : m.to(), 36),
                        (m.costDelta() >= 0 ? "+" : "") + DeckText.money(m.costDelta()), m.cause().label(),
                        DeckText.clip(m.reason(), 100)))
                .toList();
        DeckTemplate.table(slide, DeckTemplate.MARGIN, DeckTemplate.BODY_TOP + 30,
                new double[] {130, 140, 140, 70, 130, 278}, List.of("Workload", "Base", "Variant", "Cost Δ",
                        "Cause", "Why"), rows, new boolean[] {false, false, false, true, false, false}, 10);
        if (changes.size() > MOVES) {
            DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, DeckTemplate.BODY_BOTTOM - 22, 600, 20),
                    "… and " + (changes.size() - MOVES) + " more moves.", 12, DeckTemplate.MUTED, false);
        }
    }
}
