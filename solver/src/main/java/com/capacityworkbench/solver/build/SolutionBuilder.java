package com.capacityworkbench.solver.build;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.ShardSplit;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.domain.ChargeKeys;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.domain.ShardDifficulty;
import com.capacityworkbench.solver.purchase.PurchaseTerms;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.capacityworkbench.solver.rules.WorkloadScreen;
import com.capacityworkbench.solver.score.PlacementWeights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the solver's problem from a scenario: one shard per workload shard, each with its figures on
 * every pool it may use, and, for a warm start, the pools of a previous plan (pinned ones stay put).
 * Shards still unplaced then get a greedy first placement ({@link GreedyPlacement}).
 */
public final class SolutionBuilder {

    /** A pool a shard may use, with the keys that rank it, worked out once (sorting recomputed them per comparison). */
    private record Ranked(ShardOnPool figures, boolean strictlyOffPrimary, double costUsd, double latencyOverMs, String pool,
            int index) {

        static Ranked of(ShardOnPool f, int index) {
            return new Ranked(f, f.offPrimary() && f.premiumUsd() == 0, f.standaloneCostUsd() + f.premiumUsd(),
                    f.latencyOverMs(), f.pool().id(), index);
        }
    }

    /**
     * Candidate pools in the order the score ranks them for this shard alone: on the primary before off it
     * (strict first refusal), then dollars (premium included), then latency. Construction takes the first
     * that breaks no rule.
     */
    private static final Comparator<Ranked> BEST_FIRST = SolutionBuilder::bestFirst;

    /** {@link #BEST_FIRST} on the fields directly: sorting 580 pools per shard size, 60,000 times at 20,000 × 1,000. */
    private static int bestFirst(Ranked a, Ranked b) {
        if (a.strictlyOffPrimary() != b.strictlyOffPrimary()) {
            return a.strictlyOffPrimary() ? 1 : -1;
        }
        int byCost = Double.compare(a.costUsd(), b.costUsd());
        if (byCost != 0) {
            return byCost;
        }
        int byLatency = Double.compare(a.latencyOverMs(), b.latencyOverMs());
        return byLatency != 0 ? byLatency : a.pool().compareTo(b.pool());
    }

    private final Scenario scenario;
    private final Map<Pool, Integer> largestCounts = new IdentityHashMap<>();
    private final PlacementCalculator calculator;
    private final Map<Period, PeriodSlot> slots = new HashMap<>();
    private final Map<String, PlacementSite> sites = new LinkedHashMap<>();
    private final Map<String, PlacementPool> pools = new LinkedHashMap<>();
    private final List<Pool> scenarioPools;
    private final ChargeKeys chargeKeys = new ChargeKeys();
    /** The problem's pools by index (a pool's place among the scenario's), once they are made. */
    private List<PlacementPool> poolsByIndex = List.of();
    private final PurchaseTerms purchases;

    private SolutionBuilder(Scenario scenario) {
        this.scenario = scenario;
        this.calculator = new PlacementCalculator(ScenarioIndex.of(scenario));
        this.scenarioPools = scenario.pools();
        this.purchases = PurchaseTerms.of(scenario);
    }

    public static PlacementSolution build(Scenario scenario) {
        return build(scenario, null);
    }

    public static PlacementSolution build(Scenario scenario, @Nullable Plan warmStart) {
        PlacementSolution solution = buildForConstruction(scenario, warmStart);
        placeGreedily(solution);
        return solution;
    }

    /**
     * Without the greedy start: shards the previous plan does not place stay unplaced, for Timefold's own
     * construction heuristic (which weighs every candidate through the whole score, affordable on small
     * problems only).
     */
    public static PlacementSolution buildForConstruction(Scenario scenario, @Nullable Plan warmStart) {
        return buildForConstruction(scenario, warmStart, Double.POSITIVE_INFINITY);
    }

    /** @param purchaseBudgetUsd the most the plan may commit to buying; infinite for no limit */
    public static PlacementSolution buildForConstruction(Scenario scenario, @Nullable Plan warmStart,
            double purchaseBudgetUsd) {
        return new SolutionBuilder(scenario).solution(warmStart, purchaseBudgetUsd);
    }

    /** Places every unplaced, unpinned shard greedily (see {@link GreedyPlacement}). */
    public static void placeGreedily(PlacementSolution solution) {
        if (!solution.getPools().isEmpty()) {
            GreedyPlacement.place(solution);
        }
    }

    private PlacementSolution solution(@Nullable Plan warmStart, double purchaseBudgetUsd) {
        List<PeriodSlot> axis = timeAxis();
        for (Site site : scenario.sites()) {
            long[] caps = new long[axis.size()];
            for (PeriodSlot slot : axis) {
                Double cap = site.powerCapIn(slot.period());
                caps[slot.index()] = cap == null ? Long.MAX_VALUE : ScoreUnits.capWatts(cap);
            }
            sites.put(site.id(), new PlacementSite(site.id(), caps));
        }
        for (int i = 0; i < scenarioPools.size(); i++) {
            Pool pool = scenarioPools.get(i);
            int[] counts = new int[axis.size()];
            for (PeriodSlot slot : axis) {
                counts[slot.index()] = pool.countIn(slot.period());
            }
            PlacementSite site = sites.get(pool.site());
            pools.put(pool.id(), new PlacementPool(pool.id(), i, site, calculator.lookup().siteOf(pool).provider(), counts,
                    purchases.offer(pool.id()), purchases.buildOut(pool.id())));
        }
        poolsByIndex = List.copyOf(pools.values());
        PlacementPolicy policy = new PlacementPolicy(scenario.policies().firstRefusal(),
                scenario.policies().maxProviderSharePct(),
                Double.isInfinite(purchaseBudgetUsd) ? Long.MAX_VALUE : ScoreUnits.dollars(purchaseBudgetUsd),
                SpendLimits.of(scenario, slots));
        Map<String, List<Assignment>> previous = new HashMap<>();
        if (warmStart != null) {
            for (Assignment a : warmStart.assignments()) {
                previous.computeIfAbsent(a.workload(), w -> new ArrayList<>()).add(a);
            }
        }
        scenarioPools.forEach(pool -> largestCounts.put(pool, Math.max(pool.count(),
                pool.countByPeriod().values().stream().mapToInt(Integer::intValue).max().orElse(0))));
        // Working out every workload × pool pair is most of the time before the first plan (20 million pairs at
        // 20,000 × 1,000): the workloads are independent, so they are worked out on every core, in their order.
        List<Shard> shards = scenario.workloads().parallelStream()
                .map(workload -> shardsOf(workload, policy, previous.getOrDefault(workload.id(), List.of())))
                .flatMap(List::stream)
                .toList();
        ShardDifficulty.rank(shards);
        PlacementSolution solution = new PlacementSolution(scenario.name(), List.copyOf(pools.values()),
                List.copyOf(sites.values()), policy, shards, PlacementWeights.overrides(scenario.weights()));
        return solution;
    }

    /** Every period of the horizon and of any workload window, so each gets an array slot. */
    private List<PeriodSlot> timeAxis() {
        Period first = scenario.horizon().first();
        Period last = scenario.horizon().last();
        for (Workload w : scenario.workloads()) {
            if (w.from().length() == first.length() && w.to().length() == first.length()) {
                first = w.from().isBefore(first) ? w.from() : first;
                last = w.to().isAfter(last) ? w.to() : last;
            }
        }
        List<PeriodSlot> axis = new ArrayList<>();
        int index = 0;
        for (Period p = first; !p.isAfter(last); p = p.plus(1)) {
            PeriodSlot slot = new PeriodSlot(index++, p);
            axis.add(slot);
            slots.put(p, slot);
        }
        return axis;
    }

    /** The most accelerators a pool has in any period (asked for every allowed pair; filled before the threads start). */
    private int largestCount(Pool pool) {
        return largestCounts.get(pool);
    }

    /**
     * The workload's shards at the sizes of the previous plan's cut when it is one ({@link ShardSplit}), else equal;
     * a remainder (demand the previous plan fitted nowhere) is a shard with no pool to go to.
     */
    private List<Shard> shardsOf(Workload workload, PlacementPolicy policy, List<Assignment> previous) {
        List<PeriodSlot> window = new ArrayList<>();
        for (Period p : PlacementCalculator.window(workload)) {
            PeriodSlot slot = slots.get(p);
            if (slot != null) {
                window.add(slot);
            }
        }
        double hours = window.size() * calculator.periodHours();
        ShardSplit split = ShardSplit.of(workload, previous);
        Map<Integer, Assignment> before = new HashMap<>();
        previous.forEach(a -> before.putIfAbsent(a.shard(), a));
        // An equal cut has at most three sizes (Workload.shardDemand), a previous plan's at most one per shard: each
        // size's candidates are worked out once (resized from the first's) and shared by its shards.
        Map<Double, Candidates> bySize = new HashMap<>();
        Candidates first = null;
        List<Shard> shards = new ArrayList<>();
        for (int i = 0; i < split.count(); i++) {
            double demand = split.size(i);
            if (demand == 0) {
                continue;
            }
            boolean remainder = i == ShardSplit.remainderIndex(workload);
            if (first == null && !remainder) {
                first = candidates(workload, demand, null);
                bySize.put(demand, first);
            }
            Candidates from = first;
            Candidates candidates = remainder ? Candidates.NOWHERE
                    : bySize.computeIfAbsent(demand, d -> candidates(workload, d, from));
            Shard shard = new Shard(workload.id(), i, demand, workload.priority(),
                    workload.firstRefusal(), window, remainder ? new PoolOption[scenarioPools.size()] : candidates.options(),
                    candidates.range(), policy,
                    ScoreUnits.unplacedDemand(demand, workload.priority()),
                    ScoreUnits.firstRefusalHours(demand, hours));
            shard.setTightness(candidates.tightness());
            if (!remainder) {
                warmStart(shard, workload, demand, candidates.options(), before.get(i));
            }
            shards.add(shard);
        }
        return shards;
    }

    /** The pools a shard of one size may use, best first, with its figures on each (indexed by pool). */
    private record Candidates(PoolOption[] options, ShardOnPool[] figures, List<PlacementPool> range, double tightness) {

        /** A remainder's: no pool, whatever it costs there (its options array is made per shard, all empty). */
        static final Candidates NOWHERE = new Candidates(new PoolOption[0], new ShardOnPool[0], List.of(),
                Double.POSITIVE_INFINITY);
    }

    /** @param first the candidates of the workload's first shard size, whose options a shard of this size shares */
    private Candidates candidates(Workload workload, double demand, @Nullable Candidates first) {
        PoolOption[] options = new PoolOption[scenarioPools.size()];
        ShardOnPool[] assessed = new ShardOnPool[scenarioPools.size()];
        List<Ranked> ranked = new ArrayList<>();
        WorkloadScreen screen = first != null ? null : calculator.screen(workload);
        Map<String, PoolOption> atSite = new HashMap<>();
        // A pool's index in the problem is its place among the scenario's pools (solution()).
        for (int index = 0; index < scenarioPools.size(); index++) {
            Pool pool = scenarioPools.get(index);
            boolean allowed = first != null ? first.figures()[index] != null : screen.allows(pool);
            if (!allowed) {
                continue;
            }
            // The screen and the assessment agree on every pair (StaticallyAllowedTest).
            ShardOnPool figures = first != null ? calculator.resized(first.figures()[index], demand)
                    : screen.assess(demand, pool);
            // Charges depend on the datasets and the site only: one set per site, shared by its pools and sizes.
            PoolOption like = first != null ? first.options()[index] : atSite.get(pool.site());
            PoolOption option = PoolOption.of(figures, chargeKeys, like);
            atSite.putIfAbsent(pool.site(), option);
            options[index] = option;
            assessed[index] = figures;
            ranked.add(Ranked.of(figures, index));
        }
        ranked.sort(BEST_FIRST);
        double copies = 0;
        List<PlacementPool> range = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            copies += (double) largestCount(r.figures().pool()) / Math.max(1, r.figures().accelerators());
            range.add(poolsByIndex.get(r.index()));
        }
        double tightness = copies == 0 ? Double.POSITIVE_INFINITY : 1 / copies;
        return new Candidates(options, assessed, List.copyOf(range), tightness);
    }

    /**
     * Puts a shard where the previous plan had it. A pinned shard stays even on a pool that breaks a
     * rule (the plan will say so); an unpinned one only returns to a pool it may use.
     */
    private void warmStart(Shard shard, Workload workload, double demand, PoolOption[] options, @Nullable Assignment before) {
        if (before == null) {
            return;
        }
        PlacementPool pool = before.pool() == null ? null : pools.get(before.pool());
        if (before.pinned()) {
            if (pool != null && options[pool.getIndex()] == null) {
                shard.allowPinnedPool(pool,
                        PoolOption.of(calculator.assess(workload, demand, calculator.lookup().pool(pool.getId())), chargeKeys));
            }
            shard.setPool(pool);
            shard.setPinned(true);
        } else if (pool != null && options[pool.getIndex()] != null) {
            shard.setPool(pool);
        }
    }
}
