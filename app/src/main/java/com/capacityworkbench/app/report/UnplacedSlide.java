package com.capacityworkbench.app.report;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Workload;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** Slide 7: the workloads left without a pool and, for each, the smallest change that would place it. */
final class UnplacedSlide {

    private static final int ROWS = 10;

    private UnplacedSlide() {
    }

    static void add(DeckTemplate deck, ReportContent content) {
        Kpis k = content.plan().kpis();
        String source = content.source() + " Demand in reference accelerators (H100 = 1); needs from the plan's "
                + "explanations.";
        List<WorkloadExplanation> missing = content.plan().explanations().stream().filter(e -> e.missing() != null)
                .toList();
        if (k.unplacedWorkloads() == 0 || missing.isEmpty()) {
            XSLFSlide slide = deck.slide("Unplaced work", k.unplacedWorkloads() == 0 ? "Every workload has a pool"
                    : k.unplacedWorkloads() + " workloads unplaced; the plan lists no reason for them", source);
            DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, DeckTemplate.BODY_TOP + 10, 800, 40),
                    k.placedWorkloads() + " workloads placed, none left over.", 18, DeckTemplate.INK, false);
            return;
        }
        double unplacedDemand = k.totalUnplacedDemand();
        XSLFSlide slide = deck.slide("Unplaced work", k.unplacedWorkloads() + " workloads without a pool: "
                + DeckText.number(unplacedDemand) + " ref accel of demand", source);
        Map<String, Workload> workloads = content.scenario().workloads().stream()
                .collect(Collectors.toMap(Workload::id, Function.identity()));
        Map<String, Double> unplaced = content.plan().assignments().stream().filter(a -> !a.isPlaced())
                .collect(Collectors.groupingBy(Assignment::workload, Collectors.summingDouble(Assignment::demand)));
        List<List<String>> rows = missing.stream().limit(ROWS).map(e -> {
            Workload w = workloads.get(e.workload());
            return List.of(e.workload(), w == null ? "" : Integer.toString(w.priority()),
                    DeckText.number(unplaced.getOrDefault(e.workload(), 0.0)), DeckText.clip(e.missing(), 170));
        }).toList();
        DeckTemplate.table(slide, DeckTemplate.MARGIN, DeckTemplate.BODY_TOP + 10, new double[] {150, 60, 90, 588},
                List.of("Workload", "Priority", "Unplaced (ref accel)", "What it needs"), rows,
                new boolean[] {false, true, true, false}, 11);
        if (missing.size() > ROWS) {
            DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, DeckTemplate.BODY_BOTTOM - 24, 600, 20),
                    "… and " + (missing.size() - ROWS) + " more workloads with unplaced shards, in the plan file.", 12,
                    DeckTemplate.MUTED, false);
        }
    }
}
