package com.capacityworkbench.solver.evaluate;

import static com.capacityworkbench.solver.rules.PlacementCalculator.number;

import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.CostPart;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.plan.Shortfall;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.capacityworkbench.solver.rules.WorkloadScreen;
import java.util.ArrayList;
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

    private final Evaluation evaluation;
    private final PlanEvaluator.Detail detail;
    private final FirstRefusalExplanation firstRefusal;
    private final UnplacedExplanation unplaced;

    ExplanationWriter(Evaluation evaluation, PlanEvaluator.Detail detail) {
        this.evaluation = evaluation;
        this.detail = detail;
        this.firstRefusal = new FirstRefusalExplanation(evaluation, new MoveCosts(evaluation));
        this.unplaced = new UnplacedExplanation(evaluation.calculator);
    }

    WorkloadExplanation explain(Workload workload) {
        List<EvaluatedShard> own = evaluation.shardsByWorkload.getOrDefault(workload.id(), List.of());
        List<EvaluatedShard> placed = own.stream().filter(EvaluatedShard::isPlaced).toList();
        List<CostPart> parts = costParts(workload, placed);
        if (detail == PlanEvaluator.Detail.LIGHT) {
            return new WorkloadExplanation(workload.id(), summary(workload, own, placed, parts, null), parts, List.of(), null, null);
        }
        boolean listCandidates = detail == PlanEvaluator.Detail.FULL
                || detail == PlanEvaluator.Detail.UNPLACED_CANDIDATES && placed.size() < own.size();
        // Every pool checked for every workload is what made large plans slow to build and to write.
        double largest = own.stream().mapToDouble(EvaluatedShard::demand).max().orElse(workload.demand());
        WorkloadScreen screen = evaluation.calculator.screen(workload);
        List<CandidateCheck> checks = !listCandidates ? List.of() : evaluation.scenario.pools().stream()
                .map(pool -> CandidateCheck.of(evaluation, screen, sizeOn(own, pool, largest), pool,
                        CandidateCheck.Freed.byOneOf(own, pool, evaluation.lookup.siteOf(pool).id()))).toList();
        String declined = firstRefusal.explain(screen, own);
        String missing = null;
        List<Shortfall> shortfalls = List.of();
        if (placed.size() < own.size()) {
            UnplacedPart part = UnplacedPart.of(own, placed);
            List<CandidateCheck> beside = beside(screen, part, placed, checks);
            missing = unplaced(workload, own, part, beside);
            shortfalls = unplaced.shortfalls(beside);
        }
        return new WorkloadExplanation(workload.id(), summary(workload, own, placed, parts, missing), parts,
                listCandidates ? candidates(workload, placed, checks) : List.of(), declined, missing, shortfalls);
    }

    /** The size of the workload's shard on the pool, or of its largest shard where it has none. */
    private static double sizeOn(List<EvaluatedShard> own, Pool pool, double largest) {
        for (EvaluatedShard s : own) {
            if (s.isPlaced() && s.figures().pool().id().equals(pool.id())) {
                return s.demand();
            }
        }
        return largest;
    }

    /**
     * A workload's unplaced shards, the largest of their sizes (what a pool must take), and whether they are only a
     * split workload's remainder beside placed shards (what the plan fitted nowhere once every shard had a pool).
     */
    private record UnplacedPart(List<EvaluatedShard> left, double size, boolean remainder) {

        static UnplacedPart of(List<EvaluatedShard> own, List<EvaluatedShard> placed) {
            List<EvaluatedShard> left = own.stream().filter(s -> !s.isPlaced()).toList();
            double size = left.stream().mapToDouble(EvaluatedShard::demand).max().orElse(0);
            return new UnplacedPart(left, size, !placed.isEmpty() && left.size() == 1 && left.getFirst().isRemainder());
        }
    }

    /**
     * The checks of the pools the unplaced part could use. Its shards need room beside the workload's placed ones,
     * so those count here too. A remainder can only grow a shard where one runs (or use another pool with a higher
     * maximum of shards).
     */
    private List<CandidateCheck> beside(WorkloadScreen screen, UnplacedPart part, List<EvaluatedShard> placed,
            List<CandidateCheck> checks) {
        Set<String> ownPools = placed.stream().map(s -> s.figures().pool().id()).collect(Collectors.toSet());
        return placed.isEmpty() && !checks.isEmpty() && part.size() == checks.getFirst().figures().demand()
                ? checks
                : evaluation.scenario.pools().stream()
                        .filter(pool -> !part.remainder() || ownPools.contains(pool.id()))
                        .map(pool -> CandidateCheck.of(evaluation, screen, part.size(), pool, CandidateCheck.Freed.NOTHING))
                        .toList();
    }

    /** What the unplaced part needs, in words, from the checks of the pools it could use. */
    private String unplaced(Workload workload, List<EvaluatedShard> own, UnplacedPart part, List<CandidateCheck> beside) {
        if (workload.shardCount() == 1) {
            return unplaced.explain(workload, "", 1, beside);
        }
        if (part.remainder()) {
            return unplaced.explain(workload, number(part.size()) + " of " + number(workload.demand()) + " unplaced, all "
                    + workload.shardCount() + " shards in use (a higher max shards would let it use another pool); ",
                    1, beside);
        }
        return unplaced.explain(workload, part.left().size() + " of " + EvaluatedShard.shardsOf(own)
                + " shards unplaced; ", part.left().size(), beside);
    }

    /**
     * Every pool, what the whole workload would cost there and what keeps one of its shards off it: open when
     * one of its shards, unplaced or moved from where it runs, fits there beside the rest of the plan.
     */
    private List<Candidate> candidates(Workload workload, List<EvaluatedShard> placed, List<CandidateCheck> checks) {
        Set<String> chosen = placed.stream().map(s -> s.figures().pool().id()).collect(Collectors.toSet());
        return checks.stream().map(c -> new Candidate(c.pool().id(), c.figures().site().id(), c.figures().provider(),
                wholeCost(workload, c), c.block() == null ? null : c.block().rule().label(),
                c.block() == null ? null : c.block().message(), chosen.contains(c.pool().id()))).toList();
    }

    /** What the whole workload would cost on the candidate's pool, shared charges included. */
    private double wholeCost(Workload workload, CandidateCheck c) {
        ShardOnPool f = c.figures();
        double ownCost = 0;
        for (int i = 0; i < workload.shardCount(); i++) {
            // The check holds the largest shard; a smaller one (Workload.shardDemand) is costed at its own size.
            ownCost += evaluation.calculator.resized(f, workload.shardDemand(i)).ownCostUsd();
        }
        return f.standaloneCostUsd() - f.ownCostUsd() + ownCost;
    }

    private List<CostPart> costParts(Workload workload, List<EvaluatedShard> placed) {
        Map<String, List<ShardOnPool>> byPool = new LinkedHashMap<>();
        placed.forEach(s -> byPool.computeIfAbsent(s.figures().pool().id(), k -> new ArrayList<>()).add(s.figures()));
        List<CostPart> parts = new ArrayList<>();
        for (List<ShardOnPool> group : byPool.values()) {
            // Shards may differ by a reference accelerator (Workload.shardDemand): sum them, never first × n.
            ShardOnPool f = group.getFirst();
            long accelerators = group.stream().mapToLong(ShardOnPool::accelerators).sum();
            String on = " on " + f.pool().id();
            if (f.pool().pricing() == PricingKind.ON_DEMAND) {
                parts.add(new CostPart(CostCategory.COMPUTE, sum(group, ShardOnPool::computeUsd), number(accelerators) + " "
                        + f.type().id() + " × " + number(Math.round(f.hours())) + " h × $" + price(f.pool().pricePerAccelHour()) + on));
            } else {
                parts.add(new CostPart(CostCategory.COMPUTE, 0, number(accelerators) + " " + f.type().id() + on
                        + ": " + f.pool().pricing().label() + " capacity, already paid for"));
            }
            double energy = sum(group, ShardOnPool::energyUsd);
            if (energy > 0) {
                parts.add(new CostPart(CostCategory.ENERGY, energy, Evaluation.mw(sum(group, ShardOnPool::facilityMw)) + " MW × "
                        + number(Math.round(f.hours())) + " h × $" + price(f.site().energyPricePerMwh()) + "/MWh at " + f.site().id()));
            }
            double carbon = sum(group, ShardOnPool::carbonUsd);
            if (carbon > 0) {
                parts.add(new CostPart(CostCategory.CARBON, carbon, number(Math.round(sum(group, ShardOnPool::tCo2e))) + " tCO2e × $"
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

    private static double sum(List<ShardOnPool> shards, java.util.function.ToDoubleFunction<ShardOnPool> figure) {
        return shards.stream().mapToDouble(figure).sum();
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
            int shards = EvaluatedShard.shardsOf(own);
            text.append(placed.size() == shards ? "Split over " : placed.size() + " of " + shards + " shards on ")
                    .append(shardsByPool.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " shard)" : " shards)"))
                            .collect(Collectors.joining(", ")));
        }
        text.append(", ").append(Money.format(cost)).append(" over ").append(workload.from()).append(" to ").append(workload.to());
        text.append(firstRefusal.summaryClause(workload, own));
        own.stream().filter(s -> s.isRemainder() && !s.isPlaced()).findFirst().ifPresent(rest -> text.append("; ")
                .append(number(rest.demand())).append(" of ").append(number(workload.demand())).append(" unplaced"));
        if (violation != null) {
            text.append("; BREAKS ").append(violation);
        }
        return text.toString();
    }

    /** 2.1 → "2.10", 60 → "60". */
    private static String price(double value) {
        return value == Math.rint(value) ? number(value) : String.format(Locale.US, "%,.2f", value);
    }
}
