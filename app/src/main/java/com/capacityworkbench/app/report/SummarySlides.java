package com.capacityworkbench.app.report;

import static com.capacityworkbench.app.report.DeckText.cents;
import static com.capacityworkbench.app.report.DeckText.clip;
import static com.capacityworkbench.app.report.DeckText.firstOf;
import static com.capacityworkbench.app.report.DeckText.money;
import static com.capacityworkbench.app.report.DeckText.number;

import com.capacityworkbench.app.report.DeckTemplate.Bullet;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.plan.CommittedSpend;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.jspecify.annotations.Nullable;

/** Slide 1: the title; slide 2: the plan in words — cost, what is unplaced and why, first refusal, what binds. */
final class SummarySlides {

    private static final int NAMED = 3;

    private SummarySlides() {
    }

    static void add(DeckTemplate deck, ReportContent content) {
        title(deck, content);
        XSLFSlide slide = deck.slide("The plan in brief", content.horizon() + ": what it costs, what fits and what "
                + "limits it", content.source());
        DeckTemplate.bullets(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, DeckTemplate.BODY_TOP + 6,
                DeckTemplate.WIDTH - 2 * DeckTemplate.MARGIN, DeckTemplate.BODY_BOTTOM - DeckTemplate.BODY_TOP - 10),
                points(content), 17);
    }

    private static void title(DeckTemplate deck, ReportContent content) {
        XSLFSlide slide = deck.show().createSlide();
        double w = DeckTemplate.WIDTH - 2 * DeckTemplate.MARGIN;
        DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, 150, w, 40), "Capacity plan", 20,
                DeckTemplate.ACCENT, true);
        DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, 190, w, 70), content.scenario().name(),
                40, DeckTemplate.INK, true);
        DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, 270, w, 30), "Horizon "
                + content.horizon() + " · " + content.date(), 20, DeckTemplate.MUTED, false);
        String description = content.scenario().description();
        if (description != null && !description.isBlank()) {
            DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, 310, w, 80), clip(description, 300),
                    16, DeckTemplate.MUTED, false);
        }
        DeckTemplate.text(slide, new Rectangle2D.Double(DeckTemplate.MARGIN, DeckTemplate.HEIGHT - 32, w, 22),
                content.source(), 10, DeckTemplate.MUTED, false);
    }

    static List<Bullet> points(ReportContent content) {
        Plan plan = content.plan();
        Kpis k = plan.kpis();
        List<Bullet> points = new ArrayList<>();
        points.add(new Bullet("Cost:", cents(k.totalCostUsd()) + " — " + Arrays.stream(CostCategory.values())
                .map(c -> c.label() + " " + money(k.costByCategory().getOrDefault(c, 0.0)))
                .collect(Collectors.joining(", ")) + "."));
        points.add(new Bullet("Workloads:", unplaced(plan)));
        points.add(new Bullet("First refusal:", firstRefusal(content)));
        points.add(new Bullet("Binding:", binding(k)));
        points.add(new Bullet("Idle committed capacity:", money(k.idleSunkUsd())
                + " of committed or self-built accelerators paid for and left idle. " + CommittedSpend.LINE));
        String quality = quality(content);
        if (quality != null) {
            points.add(new Bullet("How good:", quality + "."));
        }
        points.add(new Bullet("Hard rules:", plan.isFeasible() ? "every hard rule holds."
                : plan.hardViolations().size() + " breaks: the plan is not feasible as it stands."));
        return points;
    }

    /** The solve's verdict; a compared base plan keeps it with its seeds, not in the plan. */
    private static @Nullable String quality(ReportContent content) {
        if (content.plan().quality() != null) {
            return content.plan().quality().summary();
        }
        Comparison comparison = content.comparison();
        boolean comparedBase = comparison != null && comparison.columns().getFirst().plan() == content.plan();
        return comparedBase ? comparison.columns().getFirst().qualitySummary() : null;
    }

    private static String unplaced(Plan plan) {
        Kpis k = plan.kpis();
        String counts = k.placedWorkloads() + " placed, " + k.unplacedWorkloads() + " unplaced";
        if (k.unplacedWorkloads() == 0) {
            return counts + ": every workload has a pool.";
        }
        // Past a few priorities the list drowns the sentence: the total says enough here.
        String demand = k.unplacedDemandByPriority().size() > NAMED
                ? number(k.totalUnplacedDemand())
                        + " ref accel over " + k.unplacedDemandByPriority().size() + " priorities"
                : k.unplacedDemandByPriority().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> number(e.getValue()) + " ref accel of priority " + e.getKey())
                        .collect(Collectors.joining(", "));
        List<WorkloadExplanation> missing = plan.explanations().stream().filter(e -> e.missing() != null).toList();
        String why = missing.stream().limit(2).map(e -> e.workload() + " — " + clip(e.missing(), 110))
                .collect(Collectors.joining("; "));
        return counts + " (" + demand + ")" + (why.isEmpty() ? "." : ": " + why + ".");
    }

    private static String firstRefusal(ReportContent content) {
        Kpis k = content.plan().kpis();
        String primary = content.scenario().policies().primaryProvider();
        String text = k.firstRefusalHonoured() + " honoured on " + (primary == null ? "the primary" : primary) + ", "
                + k.firstRefusalElsewhere() + " placed elsewhere";
        List<DeclineReasons.Reason> reasons = DeclineReasons.of(content.plan().explanations());
        if (reasons.isEmpty()) {
            return text + ".";
        }
        return text + "; the primary declined for " + reasons.stream().limit(NAMED)
                .map(r -> r.label() + " (" + r.workloads().size() + ")").collect(Collectors.joining(", ")) + ".";
    }

    private static String binding(Kpis k) {
        List<String> full = BindingConstraints.fullPools(k).stream()
                .map(u -> u.pool() + " from " + u.period()).toList();
        List<String> power = BindingConstraints.bindingPower(k).stream().map(SummarySlides::power).toList();
        String pools = full.isEmpty() ? "no pool is full in any period"
                : full.size() + (full.size() == 1 ? " pool is" : " pools are") + " full in some period ("
                + firstOf(full, NAMED) + ")";
        String caps = power.isEmpty() ? "no power cap binds" : "power caps bind at " + firstOf(power, NAMED);
        return pools + "; " + caps + ".";
    }

    private static String power(SitePower p) {
        return String.format(Locale.US, "%s (%.1f of %.1f MW in %s)", p.site(), p.usedMw(), p.capMw(), p.period());
    }
}
