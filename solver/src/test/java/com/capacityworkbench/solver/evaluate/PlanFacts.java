package com.capacityworkbench.solver.evaluate;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.capacityworkbench.solver.score.ScoreLevels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a plan uses and costs, recomputed from its assignment rows and the scenario alone (the placement
 * rules of {@link PlacementCalculator}, nothing of the evaluator's ledger), to check explanations against.
 */
final class PlanFacts {

    final Scenario scenario;
    final ScenarioIndex index;
    final PlacementCalculator calculator;
    final Plan plan;
    final @Nullable String primary;
    final FirstRefusalMode mode;
    private final Map<String, List<Assignment>> rowsByWorkload = new HashMap<>();
    private final Map<String, Map<Period, Long>> usedByPool = new HashMap<>();
    private final Map<String, Map<Period, Long>> wattsBySite = new HashMap<>();
    private final Map<EgressCharge, Integer> egressHolders = new HashMap<>();
    private final Map<PortingCharge, Integer> portingHolders = new HashMap<>();
    private final BendableScore score;

    PlanFacts(Scenario scenario, Plan plan) {
        this.scenario = scenario;
        this.index = ScenarioIndex.of(scenario);
        this.calculator = new PlacementCalculator(index);
        this.plan = plan;
        this.primary = scenario.policies().primaryProvider();
        this.mode = scenario.policies().firstRefusal();
        for (Assignment a : plan.assignments()) {
            rowsByWorkload.computeIfAbsent(a.workload(), k -> new ArrayList<>()).add(a);
            if (!a.isPlaced()) {
                continue;
            }
            ShardOnPool f = figures(a);
            for (Period p : f.periods()) {
                usedByPool.computeIfAbsent(a.pool(), k -> new HashMap<>()).merge(p, (long) a.accelerators(), Long::sum);
                wattsBySite.computeIfAbsent(a.site(), k -> new HashMap<>()).merge(p, f.roundedWatts(), Long::sum);
            }
            new LinkedHashSet<>(f.egress()).forEach(c -> egressHolders.merge(c, 1, Integer::sum));
            if (f.porting() != null) {
                portingHolders.merge(f.porting(), 1, Integer::sum);
            }
        }
        this.score = PlanEvaluator.score(scenario, plan.assignments());
    }

    Workload workload(String id) {
        return index.workload(id);
    }

    Pool pool(String id) {
        return index.pool(id);
    }

    List<Assignment> rows(String workload) {
        return rowsByWorkload.getOrDefault(workload, List.of());
    }

    /** How many shards the plan cut the workload into (ShardSplit), a remainder row aside. */
    long shards(Workload workload) {
        return rows(workload.id()).stream().filter(a -> a.shard() < workload.shardCount()).count();
    }

    /**
     * The shard size a sentence about a pool is about: the workload's shard there, else its largest (a plan may cut
     * a workload into shards of different sizes).
     */
    double sizeOn(Workload w, Pool pool) {
        return rows(w.id()).stream().filter(a -> pool.id().equals(a.pool())).mapToDouble(Assignment::demand).findFirst()
                .orElseGet(() -> rows(w.id()).stream().mapToDouble(Assignment::demand).max().orElse(w.largestShardDemand()));
    }

    /** The largest shard off the primary: what "why the primary declined" is about. */
    double largestOff(Workload w) {
        return placed(w.id()).stream().filter(a -> !onPrimary(a)).mapToDouble(Assignment::demand).max()
                .orElse(w.largestShardDemand());
    }

    /** The largest unplaced shard: what "what is missing" is about. */
    double largestUnplaced(Workload w) {
        return rows(w.id()).stream().filter(a -> !a.isPlaced()).mapToDouble(Assignment::demand).max()
                .orElse(w.largestShardDemand());
    }

    List<Assignment> placed(String workload) {
        return rows(workload).stream().filter(Assignment::isPlaced).toList();
    }

    ShardOnPool figures(Assignment a) {
        return calculator.assess(workload(a.workload()), a.demand(), pool(a.pool()));
    }

    boolean firstRefusalApplies(Workload w) {
        return w.firstRefusal() && primary != null && mode != FirstRefusalMode.OFF;
    }

    boolean onPrimary(Assignment a) {
        return a.isPlaced() && Objects.equals(primary, a.provider());
    }

    List<Pool> primaryPools() {
        return scenario.pools().stream().filter(p -> Objects.equals(primary, index.siteOf(p).provider())).toList();
    }

    long used(String pool, Period p) {
        return usedByPool.getOrDefault(pool, Map.of()).getOrDefault(p, 0L);
    }

    long watts(String site, Period p) {
        return wattsBySite.getOrDefault(site, Map.of()).getOrDefault(p, 0L);
    }

    /**
     * Whether {@code count} more shards of the workload, of {@code size} each, fit on the pool in every period of its window,
     * the rest of the plan as it is, after {@code mover} (a placed shard, or null) left its pool.
     */
    boolean fits(Workload w, double size, Pool pool, int count, @Nullable Assignment mover) {
        ShardOnPool f = calculator.assess(w, size, pool);
        if (!f.staticBreaks().isEmpty()) {
            return false;
        }
        long freedAccelerators = mover != null && mover.pool().equals(pool.id()) ? mover.accelerators() : 0;
        long freedWatts = mover != null && mover.site().equals(f.site().id()) ? figures(mover).roundedWatts() : 0;
        for (Period p : f.periods()) {
            if (used(pool.id(), p) - freedAccelerators + (long) count * f.accelerators() > pool.countIn(p)) {
                return false;
            }
            Double cap = f.site().powerCapIn(p);
            if (cap != null && watts(f.site().id(), p) - freedWatts + count * f.roundedWatts() > ScoreUnits.capWatts(cap)) {
                return false;
            }
        }
        return true;
    }

    /** The plan's score with one shard moved to another pool. */
    BendableScore scoreWith(Assignment shard, Pool to) {
        Site site = index.siteOf(to);
        List<Assignment> moved = plan.assignments().stream()
                .map(a -> a != shard ? a : new Assignment(a.workload(), a.shard(), a.demand(), to.id(), site.id(),
                        site.provider(), calculator.assess(workload(a.workload()), a.demand(), to).accelerators(),
                        a.from(), a.to(), 0, AssignmentStatus.PLACED, null, a.pinned()))
                .toList();
        return PlanEvaluator.score(scenario, moved);
    }

    BendableScore score() {
        return score;
    }

    /** Compares two scores on the hard level and the soft levels down to cost (the levels a move for cost decides on). */
    static int compareDownToCost(BendableScore a, BendableScore b) {
        if (a.hardScore(0) != b.hardScore(0)) {
            return Long.compare(a.hardScore(0), b.hardScore(0));
        }
        for (int level = 0; level <= ScoreLevels.COST; level++) {
            if (a.softScore(level) != b.softScore(level)) {
                return Long.compare(a.softScore(level), b.softScore(level));
            }
        }
        return 0;
    }

    /** What a shard costs where it runs, with the once-paid charges no other shard shares: what moving it away saves. */
    double costHere(Assignment shard) {
        ShardOnPool f = figures(shard);
        double usd = own(f);
        for (EgressCharge c : new LinkedHashSet<>(f.egress())) {
            usd += egressHolders.getOrDefault(c, 0) == 1 ? c.roundedUsd() : 0;
        }
        if (f.porting() != null && portingHolders.getOrDefault(f.porting(), 0) == 1) {
            usd += f.porting().roundedUsd();
        }
        return usd;
    }

    /** What the shard would add on another pool: its own cost and the once-paid charges nobody else pays there. */
    double costThere(Assignment shard, Pool to) {
        ShardOnPool here = figures(shard);
        ShardOnPool there = calculator.assess(workload(shard.workload()), shard.demand(), to);
        double usd = own(there);
        Set<EgressCharge> mine = new LinkedHashSet<>(here.egress());
        for (EgressCharge c : new LinkedHashSet<>(there.egress())) {
            int others = egressHolders.getOrDefault(c, 0) - (mine.contains(c) ? 1 : 0);
            usd += others == 0 ? c.roundedUsd() : 0;
        }
        if (there.porting() != null) {
            int others = portingHolders.getOrDefault(there.porting(), 0) - (there.porting().equals(here.porting()) ? 1 : 0);
            usd += others == 0 ? there.porting().roundedUsd() : 0;
        }
        return usd;
    }

    private static double own(ShardOnPool f) {
        return ScoreUnits.dollars(f.computeUsd()) + ScoreUnits.dollars(f.energyUsd()) + ScoreUnits.dollars(f.carbonUsd());
    }
}
