package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.quality.LevelFormat;
import com.capacityworkbench.app.report.BindingConstraints;
import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.CommittedSpend;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.CostPart;
import com.capacityworkbench.model.plan.HardViolation;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.ProviderUsage;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.plan.Money;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints a plan's short summary for the command line; it only reads what the evaluator and the solve computed. */
final class PlanSummary {

    private static final int MAX_LINES = 12;
    private static final int MAX_WIDTH = 240;

    private PlanSummary() {
    }

    static void print(Plan plan, PrintWriter out) {
        Kpis k = plan.kpis();
        out.println("Plan for \"" + plan.scenarioName() + "\"");
        quality(plan, out);
        out.println("  Workloads: " + k.placedWorkloads() + " placed, " + k.unplacedWorkloads() + " unplaced"
                + (k.unplacedDemandByPriority().isEmpty() ? "" : "; unplaced demand by priority: "
                + k.unplacedDemandByPriority().entrySet().stream()
                        .map(e -> "p" + e.getKey() + " " + number(e.getValue())).collect(Collectors.joining(", "))));
        out.println("  Cost " + money(k.totalCostUsd()) + ": " + java.util.Arrays.stream(CostCategory.values())
                .map(c -> c.label() + " " + money(k.costByCategory().getOrDefault(c, 0.0)))
                .collect(Collectors.joining(", ")));
        out.println("  Providers: " + k.providerUsage().stream()
                .sorted(Comparator.comparingDouble(ProviderUsage::sharePct).reversed())
                .map(u -> u.provider() + " " + String.format(Locale.US, "%.0f%%", u.sharePct()))
                .collect(Collectors.joining(", ")) + " of accelerator-hours");
        out.println("  Idle committed/self-built capacity " + money(k.idleSunkUsd()) + "; "
                + number(k.tCo2e()) + " tCO2e; latency misses " + k.latencyMisses());
        out.println("    " + CommittedSpend.LINE);
        firstRefusal(plan, out);
        egress(plan, out);
        power(k, out);
        residency(plan, out);
        unplaced(plan, out);
        violations(plan, out);
    }

    /**
     * How good the plan is: the summary line, then one aligned row per level (name, value, status, when it last
     * improved). A plan that was not solved here has no quality and gets no lines.
     */
    private static void quality(Plan plan, PrintWriter out) {
        PlanQuality quality = plan.quality();
        if (quality == null) {
            return;
        }
        out.println("  Quality: " + quality.summary());
        List<LevelQuality> levels = quality.levels();
        int nameWidth = width(levels, l -> l.level().label());
        int valueWidth = width(levels, LevelFormat::value);
        int statusWidth = width(levels, LevelQuality::status);
        for (LevelQuality l : levels) {
            out.println(String.format(Locale.US, "    %-" + nameWidth + "s  %-" + valueWidth + "s  %-" + statusWidth
                    + "s  %s", l.level().label(), LevelFormat.value(l), l.status(), l.improvement()));
        }
    }

    private static int width(List<LevelQuality> levels, Function<LevelQuality, String> column) {
        return levels.stream().mapToInt(l -> column.apply(l).length()).max().orElse(1);
    }

    private static void firstRefusal(Plan plan, PrintWriter out) {
        Kpis k = plan.kpis();
        out.println("  First refusal: " + k.firstRefusalHonoured() + " honoured on the primary, "
                + k.firstRefusalElsewhere() + " placed elsewhere");
        plan.explanations().stream().filter(e -> e.primaryDeclined() != null).limit(MAX_LINES)
                .forEach(e -> out.println(clip("    " + e.workload() + ": " + e.primaryDeclined())));
    }

    private static void egress(Plan plan, PrintWriter out) {
        List<CostPart> moves = plan.explanations().stream().flatMap(e -> e.costParts().stream())
                .filter(p -> p.category() == CostCategory.EGRESS && p.usd() > 0).toList();
        out.println("  Egress: " + moves.size() + " dataset moves, "
                + money(plan.kpis().costByCategory().getOrDefault(CostCategory.EGRESS, 0.0)));
        moves.stream().sorted(Comparator.comparingDouble(CostPart::usd).reversed()).limit(3)
                .forEach(p -> out.println("    " + money(p.usd()) + " " + p.detail()));
    }

    private static void power(Kpis k, PrintWriter out) {
        List<SitePower> binding = BindingConstraints.bindingPower(k);
        out.println("  Power: " + BindingConstraints.powerPeaks(k).size() + " capped sites, " + binding.size()
                + " at ≥ 95% of cap");
        binding.stream().limit(MAX_LINES).forEach(p -> out.println(String.format(Locale.US,
                "    %s: %.1f of %.1f MW in %s", p.site(), p.usedMw(), p.capMw(), p.period())));
    }

    private static void residency(Plan plan, PrintWriter out) {
        List<WorkloadExplanation> kept = plan.explanations().stream()
                .filter(e -> e.candidates().stream().anyMatch(c -> "Residency".equals(c.rule()))).toList();
        long listed = plan.explanations().stream().filter(e -> !e.candidates().isEmpty()).count();
        if (listed == 0 && !plan.explanations().isEmpty()) {
            out.println("  Residency: a plan this large lists no candidate pools; the app works out a workload's "
                    + "when it is selected");
            return;
        }
        out.println("  Residency: " + kept.size() + " workloads read data that rules out some pools"
                + (listed < plan.explanations().size()
                        ? " (of the " + listed + " unplaced whose candidate pools a plan this large lists)" : ""));
        for (WorkloadExplanation e : kept.stream().limit(5).toList()) {
            long ruledOut = e.candidates().stream().filter(c -> "Residency".equals(c.rule())).count();
            String where = e.candidates().stream().filter(Candidate::chosen).map(Candidate::site).distinct()
                    .collect(Collectors.joining(", "));
            out.println("    " + e.workload() + ": " + ruledOut + (ruledOut == 1 ? " pool" : " pools") + " ruled out"
                    + (where.isEmpty() ? "" : ", runs at " + where));
        }
    }

    private static void unplaced(Plan plan, PrintWriter out) {
        List<WorkloadExplanation> missing = plan.explanations().stream().filter(e -> e.missing() != null).toList();
        if (missing.isEmpty()) {
            return;
        }
        out.println("  Unplaced (" + missing.size() + "):");
        missing.stream().limit(MAX_LINES).forEach(e -> out.println(clip("    " + e.workload() + ": " + e.missing())));
    }

    private static void violations(Plan plan, PrintWriter out) {
        List<HardViolation> violations = plan.hardViolations();
        if (violations.isEmpty()) {
            out.println("  Every hard rule holds.");
            return;
        }
        Map<String, Long> byRule = violations.stream()
                .collect(Collectors.groupingBy(HardViolation::rule, java.util.TreeMap::new, Collectors.counting()));
        out.println("  INFEASIBLE: " + violations.size() + " hard rule breaks (" + byRule.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + "):");
        violations.stream().limit(MAX_LINES).forEach(v -> out.println("    " + v.message()
                + (v.workload() == null ? "" : " [" + v.workload() + "]")));
    }

    /** Long explanations are cut on the terminal; the plan file holds them whole. */
    private static String clip(String line) {
        return line.length() <= MAX_WIDTH ? line : line.substring(0, MAX_WIDTH - 1) + "…";
    }

    private static String money(double usd) {
        return Money.format(usd);
    }

    private static String number(double value) {
        return String.format(Locale.US, "%,.0f", value);
    }
}
