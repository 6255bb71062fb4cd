package com.capacityworkbench.solver.evaluate;

import static com.capacityworkbench.solver.rules.PlacementCalculator.number;

import com.capacityworkbench.model.plan.Shortfall;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * For a workload with unplaced shards: what blocked each pool, grouped. A pool with room says so (the plan
 * missed it); otherwise the nearest fits say how much capacity or power they lack, the other full pools are
 * named once, and the rules that keep it off the rest are grouped by rule. The checks count every placed
 * shard, the workload's own too: its unplaced shards need room beside them.
 */
final class UnplacedExplanation {

    private static final int NEAREST_FITS = 3;

    private final PlacementCalculator calculator;

    UnplacedExplanation(PlacementCalculator calculator) {
        this.calculator = calculator;
    }

    /** @param prefix what is unplaced, for a split workload ("1 of 3 shards unplaced; "); empty for a whole one */
    String explain(Workload workload, String prefix, int unplacedShards, List<CandidateCheck> checks) {
        List<CandidateCheck> byRule = checks.stream().filter(c -> c.block() != null && !c.blockedByRoom()).toList();
        List<String> rules = ReasonGroups.of(workload, byRule, calculator);
        List<CandidateCheck> open = open(checks);
        if (checks.isEmpty()) {
            return prefix + "the scenario has no pools";
        }
        if (open.isEmpty()) {
            Map<String, Long> counts = byRule.stream().collect(Collectors.groupingBy(c -> c.block().rule().label(),
                    TreeMap::new, Collectors.counting()));
            return prefix + "no pool passes the placement rules ("
                    + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                    + ")" + rules.stream().map(r -> "; " + r).collect(Collectors.joining());
        }
        CandidateCheck nearest = open.getFirst();
        if (nearest.fits()) {
            return prefix + "pool " + nearest.pool().id() + " could take " + taken(unplacedShards, nearest.room())
                    + " now; solve longer or place " + (unplacedShards == 1 ? "it" : "them") + " by hand";
        }
        List<String> needs = open.subList(0, Math.min(NEAREST_FITS, open.size())).stream().map(this::need).toList();
        List<String> alsoFull = open.subList(needs.size(), open.size()).stream().map(c -> c.pool().id()).toList();
        List<String> parts = new ArrayList<>();
        parts.add("needs " + String.join(", or ", needs));
        if (!alsoFull.isEmpty()) {
            parts.add("no room either on " + ReasonGroups.pools(alsoFull));
        }
        parts.addAll(rules);
        return prefix + String.join("; ", parts);
    }

    /**
     * The nearest fits' shortfalls as figures, as {@link #explain} words them ("needs … , or …"); empty when a pool
     * has room or none passes the placement rules.
     */
    List<Shortfall> shortfalls(List<CandidateCheck> checks) {
        List<CandidateCheck> open = open(checks);
        if (open.isEmpty() || open.getFirst().fits()) {
            return List.of();
        }
        return open.subList(0, Math.min(NEAREST_FITS, open.size())).stream()
                .map(c -> new Shortfall(c.pool().id(), c.figures().type().id(), c.shortfallAccelerators(),
                        c.shortPeriod(), c.figures().site().id(), c.shortfallMw(), c.powerPeriod()))
                .toList();
    }

    /** Pools that pass the placement rules (with room or without), nearest to fitting first. */
    private static List<CandidateCheck> open(List<CandidateCheck> checks) {
        return checks.stream().filter(c -> c.fits() || c.blockedByRoom())
                .sorted(Comparator.comparingDouble(CandidateCheck::distance)
                        .thenComparingDouble(c -> c.figures().standaloneCostUsd()))
                .toList();
    }

    /** "it", "them", or "2 of them" when the pool has room for fewer than are unplaced. */
    private static String taken(int unplacedShards, int room) {
        if (unplacedShards == 1) {
            return "it";
        }
        return room >= unplacedShards ? "them" : room + " of them";
    }

    /** "1,200 more h100 in 2027-Q3 at pool-a and 2.5 MW more at site s in 2027-Q3", or "2.5 MW more at site s in 2027-Q3 for pool-a". */
    private String need(CandidateCheck c) {
        List<String> what = new ArrayList<>();
        if (c.shortfallAccelerators() > 0) {
            what.add(number(c.shortfallAccelerators()) + " more " + c.figures().type().id() + " in " + c.shortPeriod()
                    + " at " + c.pool().id());
        }
        if (c.shortfallMw() > 0) {
            what.add(String.format(Locale.US, "%.1f", c.shortfallMw()) + " MW more at site " + c.figures().site().id()
                    + " in " + c.powerPeriod() + (what.isEmpty() ? " for " + c.pool().id() : ""));
        }
        return String.join(" and ", what);
    }
}
