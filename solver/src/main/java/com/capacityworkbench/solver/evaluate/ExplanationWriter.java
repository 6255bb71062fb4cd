package com.capacityworkbench.solver.evaluate;

import static com.capacityworkbench.solver.rules.PlacementCalculator.number;

import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.CostPart;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Writes, for every workload, where it went, what it costs part by part, and why not elsewhere. */
final class ExplanationWriter {

    private static final int NEAREST_FITS = 3;

    private final Evaluation evaluation;
    private final boolean withCandidates;

    ExplanationWriter(Evaluation evaluation, boolean withCandidates) {
        this.evaluation = evaluation;
        this.withCandidates = withCandidates;
    }

    WorkloadExplanation explain(Workload workload) {
        List<EvaluatedShard> own = evaluation.shardsByWorkload.getOrDefault(workload.id(), List.of());
        List<EvaluatedShard> placed = own.stream().filter(EvaluatedShard::isPlaced).toList();
        List<CostPart> parts = costParts(workload, placed);
        if (!withCandidates) {
            return new WorkloadExplanation(workload.id(), summary(workload, own, placed, parts, null), parts, List.of(), null, null);
        }
        List<CandidateCheck> checks = new ArrayList<>();
        CandidateCheck.OwnUsage ownUsage = CandidateCheck.OwnUsage.of(evaluation, workload);
        for (Pool pool : evaluation.scenario.pools()) {
            checks.add(CandidateCheck.of(evaluation, workload, pool, ownUsage));
        }
        Set<String> chosen = placed.stream().map(s -> s.figures().pool().id()).collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>();
        for (CandidateCheck c : checks) {
            double cost = wholeCost(workload, c);
            candidates.add(new Candidate(c.pool().id(), c.figures().site().id(), c.figures().provider(), cost,
                    c.block() == null ? null : c.block().rule().label(),
                    c.block() == null ? null : c.block().message(), chosen.contains(c.pool().id())));
        }
        String declined = primaryDeclined(workload, placed, checks);
        String missing = null;
        if (placed.size() < own.size()) {
            // The unplaced shards need room beside the workload's placed ones, so those count here too.
            List<CandidateCheck> beside = placed.isEmpty() ? checks : evaluation.scenario.pools().stream()
                    .map(pool -> CandidateCheck.of(evaluation, workload, pool, CandidateCheck.OwnUsage.NONE)).toList();
            missing = missing(workload, own.size() - placed.size(), own.size(), beside);
        }
        return new WorkloadExplanation(workload.id(), summary(workload, own, placed, parts, missing), parts, candidates,
                declined, missing);
    }

    /** What the whole workload would cost on the candidate's pool, shared charges included. */
    private double wholeCost(Workload workload, CandidateCheck c) {
        ShardOnPool f = c.figures();
        double ownCost = f.ownCostUsd() * workload.shardCount();
        return f.standaloneCostUsd() - f.ownCostUsd() + ownCost;
    }

    private List<CostPart> costParts(Workload workload, List<EvaluatedShard> placed) {
        Map<String, List<ShardOnPool>> byPool = new LinkedHashMap<>();
        placed.forEach(s -> byPool.computeIfAbsent(s.figures().pool().id(), k -> new ArrayList<>()).add(s.figures()));
        List<CostPart> parts = new ArrayList<>();
        for (List<ShardOnPool> group : byPool.values()) {
            ShardOnPool f = group.getFirst();
            int n = group.size();
            long accelerators = (long) f.accelerators() * n;
            String on = " on " + f.pool().id();
            if (f.pool().pricing() == PricingKind.ON_DEMAND) {
                parts.add(new CostPart(CostCategory.COMPUTE, f.computeUsd() * n, number(accelerators) + " " + f.type().id()
                        + " × " + number(Math.round(f.hours())) + " h × $" + price(f.pool().pricePerAccelHour()) + on));
            } else {
                parts.add(new CostPart(CostCategory.COMPUTE, 0, number(accelerators) + " " + f.type().id() + on
                        + ": " + f.pool().pricing().label() + " capacity, already paid for"));
            }
            if (f.energyUsd() > 0) {
                parts.add(new CostPart(CostCategory.ENERGY, f.energyUsd() * n, Evaluation.mw(f.facilityMw() * n) + " MW × "
                        + number(Math.round(f.hours())) + " h × $" + price(f.site().energyPricePerMwh()) + "/MWh at " + f.site().id()));
            }
            if (f.carbonUsd() > 0) {
                parts.add(new CostPart(CostCategory.CARBON, f.carbonUsd() * n, number(Math.round(f.tCo2e() * n)) + " tCO2e × $"
                        + price(evaluation.scenario.policies().carbonPricePerTonne()) + "/t (grid " + number(f.site().carbonGPerKwh())
                        + " g/kWh at " + f.site().id() + ")"));
            }
        }
        Set<EgressCharge> read = new java.util.LinkedHashSet<>();
        placed.forEach(s -> read.addAll(s.figures().egress()));
        for (EgressCharge c : read) {
            EvaluatedShard payer = evaluation.egress.get(c);
            boolean paysIt = payer != null && payer.workload().id().equals(workload.id());
            String size = number(evaluation.lookup.dataset(c.dataset()).sizeTb()) + " TB";
            parts.add(new CostPart(CostCategory.EGRESS, paysIt ? c.usd() : 0, "dataset " + c.dataset() + " (" + size + ") to "
                    + c.destinationSite() + ", " + c.priceClass() + ", billed by " + c.payer()
                    + (paysIt || payer == null ? "" : "; already paid by " + payer.workload().id())));
        }
        placed.stream().map(s -> s.figures().porting()).filter(java.util.Objects::nonNull).distinct()
                .forEach(c -> parts.add(new CostPart(CostCategory.PORTING, c.usd(), "porting to " + c.family().label())));
        return parts;
    }

    private String summary(Workload workload, List<EvaluatedShard> own, List<EvaluatedShard> placed, List<CostPart> parts,
            @Nullable String missing) {
        double cost = parts.stream().mapToDouble(CostPart::usd).sum();
        String violation = own.stream().map(s -> evaluation.violatingShards.get(s.key()))
                .filter(m -> m != null).findFirst().orElse(null);
        StringBuilder text = new StringBuilder();
        if (placed.isEmpty()) {
            text.append("Unplaced").append(missing == null ? "" : ": " + missing);
            return text.toString();
        }
        Map<String, Integer> shardsByPool = new TreeMap<>();
        placed.forEach(s -> shardsByPool.merge(s.figures().pool().id(), 1, Integer::sum));
        if (shardsByPool.size() == 1 && own.size() == 1) {
            ShardOnPool f = placed.getFirst().figures();
            text.append("On ").append(f.pool().id()).append(" (").append(f.site().id()).append(", ").append(f.provider())
                    .append("): ").append(number(f.accelerators())).append(" ").append(f.type().id());
        } else {
            text.append(placed.size() == own.size() ? "Split over " : placed.size() + " of " + own.size() + " shards on ")
                    .append(shardsByPool.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " shard)" : " shards)"))
                            .collect(Collectors.joining(", ")));
        }
        text.append(", ").append(Money.format(cost)).append(" over ").append(workload.from()).append(" to ").append(workload.to());
        if (firstRefusalApplies(workload)) {
            boolean onPrimary = placed.stream().allMatch(s -> !s.figures().offPrimary());
            text.append(onPrimary ? "; first refusal honoured" : "; off the primary (first refusal declined)");
        }
        if (violation != null) {
            text.append("; BREAKS ").append(violation);
        }
        return text.toString();
    }

    private boolean firstRefusalApplies(Workload workload) {
        return workload.firstRefusal() && evaluation.scenario.policies().primaryProvider() != null
                && evaluation.scenario.policies().firstRefusal() != FirstRefusalMode.OFF;
    }

    /** For a first-refusal workload placed off the primary: why each primary pool declined it. */
    private @Nullable String primaryDeclined(Workload workload, List<EvaluatedShard> placed, List<CandidateCheck> checks) {
        if (!firstRefusalApplies(workload) || placed.stream().noneMatch(s -> s.figures().offPrimary())) {
            return null;
        }
        String primary = evaluation.scenario.policies().primaryProvider();
        List<CandidateCheck> onPrimary = checks.stream().filter(c -> c.figures().provider().equals(primary)).toList();
        if (onPrimary.isEmpty()) {
            return "The primary " + primary + " has no pool in this scenario.";
        }
        // Pools that decline for the same reason are named together: "Memory: h100 has 80 GB; ... (pools a, b)".
        // Capacity and power messages name their pool or site already.
        Map<String, List<String>> poolsByReason = new LinkedHashMap<>();
        double here = placed.stream().mapToDouble(s -> s.figures().ownCostUsd()).sum();
        for (CandidateCheck c : onPrimary) {
            String reason = c.block() != null ? c.block().message()
                    : "had room at " + Money.format(wholeCost(workload, c)) + " against " + Money.format(here)
                            + " where it runs"
                            + (evaluation.scenario.policies().firstRefusal() == FirstRefusalMode.PREFERENCE
                                    ? "; the premium did not cover the difference" : "");
            poolsByReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(c.pool().id());
        }
        List<String> reasons = new ArrayList<>();
        poolsByReason.forEach((reason, pools) -> {
            String names = (pools.size() == 1 ? "pool " : "pools ") + String.join(", ", pools);
            if (reason.startsWith("had room")) {
                reasons.add(names + " " + reason);
            } else if (reason.startsWith("Capacity:") || reason.startsWith("Power:")) {
                reasons.add(reason);
            } else {
                reasons.add(reason + " (" + names + ")");
            }
        });
        return "The primary " + primary + " declined: " + String.join("; ", reasons);
    }

    /** For an unplaced workload (or shards of it): the nearest fits and what is missing there. */
    private String missing(Workload workload, int unplacedShards, int shards, List<CandidateCheck> checks) {
        String prefix = shards > 1 ? unplacedShards + " of " + shards + " shards unplaced; " : "";
        List<CandidateCheck> allowed = checks.stream()
                .filter(c -> c.block() == null || c.block().rule().ordinal() >= HardRule.CAPACITY.ordinal())
                .sorted(Comparator.comparingDouble(CandidateCheck::distance)
                        .thenComparingDouble(c -> c.figures().standaloneCostUsd()))
                .toList();
        if (allowed.isEmpty()) {
            Map<String, Long> byRule = checks.stream().collect(Collectors.groupingBy(
                    c -> c.block().rule().label(), TreeMap::new, Collectors.counting()));
            CandidateCheck nearest = checks.stream()
                    .min(Comparator.comparingInt((CandidateCheck c) -> c.figures().staticBreaks().size())
                            .thenComparingDouble(c -> c.figures().standaloneCostUsd()))
                    .orElse(null);
            return prefix + "no pool passes the placement rules ("
                    + byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                    + ")" + (nearest == null ? "" : "; nearest: " + nearest.block().message());
        }
        if (allowed.getFirst().fits()) {
            return prefix + "pool " + allowed.getFirst().pool().id() + " could take it now; solve longer or place it by hand";
        }
        List<String> needs = new ArrayList<>();
        for (CandidateCheck c : allowed.subList(0, Math.min(NEAREST_FITS, allowed.size()))) {
            List<String> what = new ArrayList<>();
            if (c.shortfallAccelerators() > 0) {
                what.add(number(c.shortfallAccelerators()) + " more " + c.figures().type().id() + " in " + c.shortPeriod()
                        + " at " + c.pool().id());
            }
            if (c.shortfallMw() > 0) {
                what.add(String.format(Locale.US, "%.1f", c.shortfallMw()) + " MW more at site " + c.figures().site().id()
                        + " in " + c.powerPeriod());
            }
            needs.add(String.join(" and ", what));
        }
        return prefix + "needs " + String.join(", or ", needs);
    }

    /** 2.1 → "2.10", 60 → "60". */
    private static String price(double value) {
        return value == Math.rint(value) ? number(value) : String.format(Locale.US, "%,.2f", value);
    }
}
