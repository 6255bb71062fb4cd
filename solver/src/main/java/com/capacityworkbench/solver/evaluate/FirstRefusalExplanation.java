package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.WorkloadScreen;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where a first-refusal workload's shards sit against the primary, and why the primary did not take the
 * ones elsewhere. A pool of the primary declines a shard only when a rule keeps the shard off it, it has no
 * room or power for one more shard beside the rest of the plan, or (preference mode only) a shard there would
 * cost more than where it runs plus the premium, shard for shard; strict mode never declines for cost. A pool with room that would make the plan
 * better is said to have room: the primary did not decline there, the plan missed it.
 */
final class FirstRefusalExplanation {

    private final Evaluation evaluation;
    private final MoveCosts moveCosts;
    private final @Nullable String primary;
    private final FirstRefusalMode mode;
    private final ConstraintWeights weights;

    FirstRefusalExplanation(Evaluation evaluation, MoveCosts moveCosts) {
        this.evaluation = evaluation;
        this.moveCosts = moveCosts;
        this.primary = evaluation.scenario.policies().primaryProvider();
        this.mode = evaluation.scenario.policies().firstRefusal();
        this.weights = evaluation.scenario.weights();
    }

    boolean applies(Workload workload) {
        return workload.firstRefusal() && primary != null && mode != FirstRefusalMode.OFF;
    }

    /** For the summary: "; first refusal honoured", "; off the primary", "; 4 of 6 shards on the primary", or nothing. */
    String summaryClause(Workload workload, List<EvaluatedShard> own) {
        List<EvaluatedShard> placed = own.stream().filter(EvaluatedShard::isPlaced).toList();
        if (!applies(workload) || placed.isEmpty()) {
            return "";
        }
        long off = placed.stream().filter(s -> s.figures().offPrimary()).count();
        if (off == 0) {
            return "; first refusal honoured";
        }
        return off == placed.size() ? "; off the primary"
                : "; " + (placed.size() - off) + " of " + EvaluatedShard.shardsOf(own) + " shards on the primary";
    }

    /** Why the primary did not take the shards placed elsewhere; null when there are none. */
    @Nullable String explain(WorkloadScreen screen, List<EvaluatedShard> own) {
        Workload workload = screen.workload();
        List<EvaluatedShard> placed = own.stream().filter(EvaluatedShard::isPlaced).toList();
        List<EvaluatedShard> off = placed.stream().filter(s -> s.figures().offPrimary()).toList();
        if (!applies(workload) || off.isEmpty()) {
            return null;
        }
        List<EvaluatedShard> on = placed.stream().filter(s -> !s.figures().offPrimary()).toList();
        String placement = on.isEmpty() ? "" : on.size() + " of " + EvaluatedShard.shardsOf(own) + " shards on " + primary
                + " (" + byPool(on) + "), " + off.size() + " elsewhere (" + byPool(off) + ")"
                + (placed.size() < own.size() ? ", " + (own.size() - placed.size()) + " unplaced" : "") + ". ";
        double largest = off.stream().mapToDouble(EvaluatedShard::demand).max().orElseThrow();
        List<Pool> primaryPools = evaluation.scenario.pools().stream()
                .filter(p -> primary.equals(evaluation.lookup.siteOf(p).provider())).toList();
        if (primaryPools.isEmpty()) {
            return placement + "The primary " + primary + " has no pool in this scenario.";
        }
        // Shards on one pool are alike; one of each pool stands for the others.
        Map<String, EvaluatedShard> offByPool = new TreeMap<>();
        off.forEach(s -> offByPool.putIfAbsent(s.figures().pool().id(), s));
        // Pools by what they have room for: "for 2 more shards", or that with the costs that make it worth it.
        Map<String, List<String>> rooms = new LinkedHashMap<>();
        // The primary's pools with room, dearer than where the work runs: the cheapest of them first.
        TreeMap<Long, List<String>> dearer = new TreeMap<>();
        List<CandidateCheck> blocked = new ArrayList<>();
        for (Pool pool : primaryPools) {
            // A shard elsewhere frees nothing on the primary's pools: they count every other shard, siblings too.
            CandidateCheck check = CandidateCheck.of(evaluation, screen, largest, pool, CandidateCheck.Freed.NOTHING);
            if (!check.fits()) {
                blocked.add(check);
                continue;
            }
            List<ShardMove> moves = offByPool.values().stream().map(s -> moveCosts.move(s, atItsSize(s, check))).toList();
            List<ShardMove> better = moves.stream().filter(m -> m.improvesThePlan(weights)).toList();
            // Strict mode ranks first refusal above every dollar: room on the primary is never declined for cost.
            if (!better.isEmpty() || mode == FirstRefusalMode.STRICT) {
                rooms.computeIfAbsent(room(workload, check, off.size(), better), r -> new ArrayList<>()).add(pool.id());
            } else {
                long cheapest = moves.stream().mapToLong(ShardMove::costThere).min().orElse(0);
                dearer.computeIfAbsent(cheapest, c -> new ArrayList<>()).add("pool " + pool.id() + " had room "
                        + comparison(workload, moves));
            }
        }
        List<String> declined = new ArrayList<>();
        if (!dearer.isEmpty()) {
            List<String> named = dearer.values().stream().flatMap(List::stream).toList();
            String more = named.size() <= ReasonGroups.NAMED_POOLS ? "" : " and " + (named.size() - ReasonGroups.NAMED_POOLS)
                    + " more pools dearer still";
            declined.add("Cost: " + String.join(", ", named.subList(0, Math.min(named.size(), ReasonGroups.NAMED_POOLS)))
                    + more + (mode == FirstRefusalMode.PREFERENCE
                    ? "; the premium did not cover the difference" : "; it would cost more there"));
        }
        declined.addAll(ReasonGroups.of(workload, blocked, evaluation.calculator));
        if (rooms.isEmpty()) {
            return placement + "The primary " + primary + " declined: " + String.join("; ", declined);
        }
        String them = off.size() == 1 ? "it" : "them";
        String room = rooms.entrySet().stream().map(e -> ReasonGroups.pools(e.getValue())
                + (e.getValue().size() == 1 ? " has" : " have") + " room for " + e.getKey()).collect(Collectors.joining(", "));
        return placement + "The primary " + primary + " could take more: Room: " + room
                + "; solve longer or place " + them + " by hand"
                + (declined.isEmpty() ? "" : ". Its other pools declined: " + String.join("; ", declined));
    }

    /** The shard on the checked pool at its own size: the check holds the largest shard off the primary. */
    private ShardOnPool atItsSize(EvaluatedShard shard, CandidateCheck check) {
        return evaluation.calculator.resized(check.figures(), shard.demand());
    }

    /** "2 more shards" (strict), with the cost comparison when cost is what makes the move worth it. */
    private String room(Workload workload, CandidateCheck check, int offShards, List<ShardMove> better) {
        int shards = Math.min(check.room(), offShards);
        String text = workload.shardCount() == 1 ? "it" : shards + (shards == 1 ? " more shard" : " more shards");
        boolean costDecides = mode == FirstRefusalMode.PREFERENCE
                && better.stream().anyMatch(m -> m.firstRefusalHoursSaved() == 0 && !m.fixesABrokenRule());
        return costDecides ? text + " " + comparison(workload, better) : text;
    }

    /** "at $X a shard against $Y + $Z premium on q1, $Y2 + $Z2 premium on q2": what a shard adds there, what it costs here. */
    private String comparison(Workload workload, Collection<ShardMove> moves) {
        String perShard = workload.shardCount() == 1 ? "" : " a shard";
        // What a shard adds there is the same from wherever it comes, but for a porting charge it already carries.
        Map<Long, List<ShardMove>> byCostThere = moves.stream().collect(Collectors.groupingBy(ShardMove::costThere,
                TreeMap::new, Collectors.toList()));
        return byCostThere.entrySet().stream().map(e -> "at " + Money.format(e.getKey()) + perShard + " against "
                + e.getValue().stream().map(m -> Money.format(m.costHere()) + premium(m) + " on " + m.from())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(", "));
    }

    private String premium(ShardMove move) {
        if (move.premiumHere() == 0) {
            return "";
        }
        boolean weighed = ScoreTally.units(weights.cost()) != ScoreTally.units(weights.firstRefusal());
        return " + " + Money.format(move.weighedPremiumHere(weights)) + (weighed ? " weighted premium" : " premium");
    }

    /** "az-sweden-h200 ×3, az-westeurope-h100 ×1", pools in name order. */
    private static String byPool(List<EvaluatedShard> shards) {
        Map<String, Long> counts = shards.stream().collect(Collectors.groupingBy(s -> s.figures().pool().id(),
                TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }
}
