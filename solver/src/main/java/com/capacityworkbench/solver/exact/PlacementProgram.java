package com.capacityworkbench.solver.exact;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.solver.domain.PaidCharges;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A slice of the plan as an integer program for OR-Tools' CP-SAT: per group, how many of its shards sit on
 * each of its pools and how many stay unplaced. The hard rules are limits (pool capacity and site power per
 * period slot, less what the rest of the plan takes; every other rule is already kept by the pools a shard
 * may take), and each soft level of the score is one linear expression in the score's own units and
 * weights: unplaced demand, first refusal, dollars (egress and porting paid once per charge, through
 * "paid" variables; bought capacity's blocks, terms, unused commitment, capex and budget through {@link PurchaseRows}),
 * latency, and the provider share (hours above the floor of the allowed share, as
 * {@link com.capacityworkbench.solver.rules.ScoreUnits#shareExcess} counts them). A level's value therefore
 * differs from the plan's score on that level only by what the rest of the plan adds (spend terms aside).
 */
final class PlacementProgram {

    private final Slice slice;
    private final CpModel model = new CpModel();
    private final IntVar[][] counts;
    private final IntVar[] unplaced;
    private final LinearExprBuilder[] levels = new LinearExprBuilder[ScoreLevels.SOFT_LEVELS];
    private final boolean[] levelUsed = new boolean[ScoreLevels.SOFT_LEVELS];
    /**
     * The variables that follow from the counts ("uses the pool", "paid", the provider share's), in the order
     * they can be worked out: a hint gives them too, so the search takes a hinted plan as a whole solution at
     * once instead of completing it (which a big program may not manage in the time it has).
     */
    private final List<Derived> derived = new ArrayList<>();
    /** The plan the program was made from breaks no hard rule, so the program's limits hold for it as it stands. */
    private boolean planFeasible;
    /** The values of the last hint by variable index, when the hint is a solution of the program; else empty. */
    private final Map<Integer, Long> hintedSolution = new HashMap<>();

    private PlacementProgram(Slice slice) {
        this.slice = slice;
        this.counts = new IntVar[slice.groups().size()][];
        this.unplaced = new IntVar[slice.groups().size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = LinearExpr.newBuilder();
        }
    }

    /**
     * @throws ProgramOverflow when the weights and figures do not fit the program's 64-bit arithmetic
     */
    static PlacementProgram of(PlacementSolution solution, Slice slice, RuleWeights weights) {
        PlacementProgram program = new PlacementProgram(slice);
        program.build(solution, RestOfPlan.outside(solution, slice.freeShards()), weights);
        program.planFeasible = solution.getScore() != null && solution.getScore().isFeasible();
        String invalid = program.model.validate();
        if (!invalid.isEmpty()) {
            throw new ProgramOverflow(invalid);
        }
        return program;
    }

    Slice slice() {
        return slice;
    }

    CpModel model() {
        return model;
    }

    /** The soft level's expression, or null when nothing in the slice counts on it. */
    @Nullable LinearExpr level(int softLevel) {
        return levelUsed[softLevel] ? levels[softLevel].build() : null;
    }

    /**
     * Holds the unplaced level where the plan has it, group by group: each group keeps as many shards unplaced
     * as now. Stricter than holding the level's sum, but it leaves the levels below a plain assignment problem,
     * which the search solves far faster than one tied to a knapsack of the unplaced level (docs/benchmarks.md).
     */
    void holdUnplacedByGroup() {
        for (int g = 0; g < counts.length; g++) {
            model.addEquality(unplaced[g], slice.groups().get(g).currentCounts()[counts[g].length]);
        }
    }

    /**
     * The hinted solution has no penalty on this level (every term 0), so it is optimal there: every term of a level is
     * a penalty of at least 0. False when the hint is the plan as it stands and that breaks a hard rule (the program's
     * limits may then move work), or when a variable of the level has no hinted value.
     *
     * @param level the level's expression ({@link #level})
     */
    boolean hintedAtZero(LinearExpr level) {
        if (hintedSolution.isEmpty() || level.getOffset() != 0) {
            return false;
        }
        for (int i = 0; i < level.numElements(); i++) {
            Long hinted = hintedSolution.get(level.getVariableIndex(i));
            if (hinted == null || hinted != 0) {
                return false;
            }
        }
        return true;
    }

    /** Suggests the plan as it stands as the solver's starting point. */
    void hintCurrentPlan() {
        int[][] byPool = new int[counts.length][];
        int[] left = new int[counts.length];
        for (int g = 0; g < counts.length; g++) {
            int[] current = slice.groups().get(g).currentCounts();
            byPool[g] = java.util.Arrays.copyOf(current, counts[g].length);
            left[g] = current[counts[g].length];
        }
        hint(new Placement(byPool, left), planFeasible);
    }

    /** Suggests a solution found for a level above as the starting point. */
    void hint(Placement placement) {
        hint(placement, true);
    }

    /** @param solution the placement keeps the program's limits (a level's solution, or a plan breaking no hard rule) */
    private void hint(Placement placement, boolean solution) {
        model.clearHints();
        hintedSolution.clear();
        Map<IntVar, Long> values = new IdentityHashMap<>();
        for (int g = 0; g < counts.length; g++) {
            for (int i = 0; i < counts[g].length; i++) {
                values.put(counts[g][i], (long) placement.count(g, i));
            }
            values.put(unplaced[g], (long) placement.unplaced(g));
        }
        derived.forEach(d -> d.workOut(values));
        values.forEach(model::addHint);
        if (solution) {
            values.forEach((variable, value) -> hintedSolution.put(variable.getIndex(), value));
        }
    }

    /** A variable that follows from others, and how to work its value out from theirs. */
    interface Derived {
        void workOut(Map<IntVar, Long> values);
    }

    /** The solver's current solution as shard counts. */
    Placement placement(CpSolver solver) {
        int[][] byPool = new int[counts.length][];
        int[] left = new int[counts.length];
        for (int g = 0; g < counts.length; g++) {
            byPool[g] = new int[counts[g].length];
            for (int i = 0; i < counts[g].length; i++) {
                byPool[g][i] = (int) solver.value(counts[g][i]);
            }
            left[g] = (int) solver.value(unplaced[g]);
        }
        return new Placement(byPool, left);
    }

    private record SlotKey(Object place, int slot) {
    }

    private void build(PlacementSolution solution, RestOfPlan rest, RuleWeights weights) {
        PlacementPolicy policy = solution.getPolicy();
        boolean strict = policy.firstRefusal() == FirstRefusalMode.STRICT;
        boolean premium = policy.firstRefusal() == FirstRefusalMode.PREFERENCE;
        Map<SlotKey, LinearExprBuilder> poolUse = new LinkedHashMap<>();
        Map<SlotKey, Long> poolMax = new HashMap<>();
        Map<SlotKey, LinearExprBuilder> siteUse = new LinkedHashMap<>();
        Map<SlotKey, Long> siteMax = new HashMap<>();
        Map<Integer, List<IntVar>> egressReaders = new LinkedHashMap<>();
        Map<Integer, Long> egressUsd = new HashMap<>();
        Map<Integer, List<IntVar>> portingReaders = new LinkedHashMap<>();
        Map<Integer, Long> portingUsd = new HashMap<>();
        Map<String, ProviderHours> hoursByProvider = new LinkedHashMap<>();
        rest.hoursByProvider().forEach((provider, hours) -> hoursByProvider.put(provider, new ProviderHours(hours)));
        PurchaseRows purchases = new PurchaseRows(model, rest);

        for (int g = 0; g < counts.length; g++) {
            ShardGroup group = slice.groups().get(g);
            Shard shard = group.first();
            int k = group.size();
            unplaced[g] = model.newIntVar(0, k, "");
            LinearExprBuilder all = LinearExpr.newBuilder().add(unplaced[g]);
            add(ScoreLevels.UNPLACED, unplaced[g], times(shard.getUnplacedWeight(), weights.unplacedDemand()));
            counts[g] = new IntVar[group.pools().size()];

            for (int i = 0; i < counts[g].length; i++) {
                PlacementPool pool = group.pools().get(i);
                PoolOption option = shard.optionOn(pool);
                // A single shard's count is a literal: bought capacity's rows are enforced on it.
                IntVar n = k == 1 ? model.newBoolVar("") : model.newIntVar(0, k, "");
                counts[g][i] = n;
                all.add(n);
                if (strict && option.offPrimary()) {
                    add(ScoreLevels.FIRST_REFUSAL, n, times(shard.getFirstRefusalWeight(), weights.firstRefusalStrict()));
                }
                add(ScoreLevels.COST, n, dollars(option, premium, weights));
                add(ScoreLevels.LATENCY, n, times(option.latencyOverMs(), weights.latency()));
                IntVar used = pool.isBought() ? usesPool(n, k) : null;
                used = readers(n, k, option.paidEgress(), rest::paysEgress, egressReaders, egressUsd, used);
                readers(n, k, option.paidPorting(), rest::paysPorting, portingReaders, portingUsd, used);
                if (used != null && pool.isBought()) {
                    purchases.candidate(pool, shard, option, n, k, used);
                }
                for (int slot : shard.slotIndices()) {
                    SlotKey poolSlot = new SlotKey(pool, slot);
                    poolUse.computeIfAbsent(poolSlot, key -> LinearExpr.newBuilder()).addTerm(n, option.accelerators());
                    poolMax.merge(poolSlot, (long) option.accelerators() * k, Long::sum);
                    SlotKey siteSlot = new SlotKey(pool.getSite(), slot);
                    siteUse.computeIfAbsent(siteSlot, key -> LinearExpr.newBuilder()).addTerm(n, option.watts());
                    siteMax.merge(siteSlot, times(option.watts(), k), PlacementProgram::plus);
                }
                hoursByProvider.computeIfAbsent(pool.getProvider(), p -> new ProviderHours(0))
                        .add(n, option.acceleratorHours(), k);
            }
            model.addEquality(all, k);
        }
        // A limit the free shards cannot reach even all together only slows the search down.
        poolUse.forEach((key, use) -> {
            PlacementPool pool = (PlacementPool) key.place();
            long room = rest.room(pool, key.slot());
            if (poolMax.get(key) > room) {
                model.addLessOrEqual(use, room);
            }
        });
        siteUse.forEach((key, use) -> {
            PlacementSite site = (PlacementSite) key.place();
            long room = rest.powerRoom(site, key.slot());
            if (room != Long.MAX_VALUE && siteMax.get(key) > room) {
                model.addLessOrEqual(use, room);
            }
        });
        egressReaders.forEach((key, readers) -> paidOnce(readers, times(egressUsd.get(key), weights.egress())));
        portingReaders.forEach((key, readers) -> paidOnce(readers, times(portingUsd.get(key), weights.porting())));
        purchases.state(weights, policy, new PurchaseRows.Sink() {
            @Override
            public void cost(IntVar var, long coefficient) {
                add(ScoreLevels.COST, var, coefficient);
            }

            @Override
            public IntVar paidOnce(List<IntVar> readers, long price) {
                return PlacementProgram.this.paidOnce(readers, price);
            }

            @Override
            public void derived(Derived d) {
                derived.add(d);
            }
        });
        if (policy.maxProviderSharePct() < 100 && weights.providerShare() > 0) {
            providerShare(hoursByProvider.values(), policy.maxProviderSharePct(), weights.providerShare());
        }
    }

    /**
     * The dollars of one shard on a pool that are linear in the count: compute, energy, carbon and (first refusal as a
     * premium) the premium off the primary, in score units.
     */
    static long dollars(PoolOption option, boolean premium, RuleWeights weights) {
        long dollars = plus(plus(times(option.computeUsd(), weights.compute()), times(option.energyUsd(), weights.energy())),
                times(option.carbonUsd(), weights.carbon()));
        if (premium && option.offPrimary() && option.premiumUsd() > 0) {
            dollars = plus(dollars, times(option.premiumUsd(), weights.firstRefusalPremium()));
        }
        return dollars;
    }

    /**
     * Registers the group's count on a pool as a reader of each once-paid charge not already paid by the rest
     * of the plan, through one 0/1 "uses the pool" variable.
     *
     * @return that variable (made here, or {@code used} when given), or null when no charge needs one
     */
    private @Nullable IntVar readers(IntVar n, int k, PaidCharges charges, java.util.function.IntPredicate paidByRest,
            Map<Integer, List<IntVar>> readers, Map<Integer, Long> usd, @Nullable IntVar used) {
        for (int c = 0; c < charges.keys().length; c++) {
            int key = charges.keys()[c];
            if (charges.usd()[c] <= 0 || paidByRest.test(key)) {
                continue;
            }
            if (used == null) {
                used = usesPool(n, k);
            }
            readers.computeIfAbsent(key, x -> new ArrayList<>()).add(used);
            usd.put(key, charges.usd()[c]);
        }
        return used;
    }

    /** 1 when any of the group's shards sits on the pool. */
    private IntVar usesPool(IntVar n, int k) {
        if (k == 1) {
            return n;
        }
        BoolVar any = model.newBoolVar("");
        model.addLessOrEqual(n, LinearExpr.term(any, k));
        model.addLessOrEqual(any, n);
        derived.add(values -> values.put(any, values.get(n) > 0 ? 1L : 0L));
        return any;
    }

    /** A charge paid once when any reader is placed, and only then (so the level equals the score's). */
    private IntVar paidOnce(List<IntVar> readers, long price) {
        BoolVar paid = model.newBoolVar("");
        for (IntVar reader : readers) {
            model.addLessOrEqual(reader, paid);
        }
        model.addLessOrEqual(paid, LinearExpr.sum(readers.toArray(IntVar[]::new)));
        add(ScoreLevels.COST, paid, price);
        derived.add(values -> values.put(paid, readers.stream().anyMatch(r -> values.get(r) > 0) ? 1L : 0L));
        return paid;
    }

    /**
     * Hours above floor(total × share) per provider. The share is taken in hundredths of a percent: a scenario's
     * share with more decimals is rounded, and the plan's own score (which the search checks every result
     * against) has the last word.
     */
    private void providerShare(java.util.Collection<ProviderHours> providers, double maxSharePct, long weight) {
        long basisPoints = Math.round(maxSharePct * 100);
        long maxTotal = providers.stream().mapToLong(ProviderHours::most).reduce(0L, PlacementProgram::plus);
        times(maxTotal, Math.max(basisPoints, 10_000)); // the scaled total must fit 64 bits too
        LinearExprBuilder total = LinearExpr.newBuilder();
        providers.forEach(h -> total.add(h.expression()));
        IntVar allowed = model.newIntVar(0, maxTotal, "");
        // allowed = floor(total × bp / 10000): 10000·allowed ≤ bp·total ≤ 10000·allowed + 9999
        LinearExpr scaledTotal = LinearExpr.term(total.build(), basisPoints);
        model.addLessOrEqual(LinearExpr.term(allowed, 10_000), scaledTotal);
        model.addLessOrEqual(scaledTotal, LinearExpr.newBuilder().addTerm(allowed, 10_000).add(9_999));
        derived.add(values -> values.put(allowed, Math.floorDiv(
                providers.stream().mapToLong(h -> h.value(values)).sum() * basisPoints, 10_000)));
        for (ProviderHours hours : providers) {
            IntVar excess = model.newIntVar(0, hours.most(), "");
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(excess).add(allowed), hours.expression());
            add(ScoreLevels.PROVIDER_SHARE, excess, weight);
            derived.add(values -> values.put(excess, Math.max(0, hours.value(values) - values.get(allowed))));
        }
    }

    /** A provider's accelerator-hours: what the rest of the plan has there, plus the slice's counts × hours. */
    private static final class ProviderHours {

        private final long rest;
        private final List<IntVar> counts = new ArrayList<>();
        private final List<Long> hoursEach = new ArrayList<>();
        private long most;

        ProviderHours(long rest) {
            this.rest = rest;
            this.most = rest;
        }

        void add(IntVar count, long hours, int atMost) {
            counts.add(count);
            hoursEach.add(hours);
            most = plus(most, times(hours, atMost));
        }

        long most() {
            return most;
        }

        LinearExpr expression() {
            LinearExprBuilder e = LinearExpr.newBuilder().add(rest);
            for (int i = 0; i < counts.size(); i++) {
                e.addTerm(counts.get(i), hoursEach.get(i));
            }
            return e.build();
        }

        long value(Map<IntVar, Long> values) {
            long sum = rest;
            for (int i = 0; i < counts.size(); i++) {
                sum += values.get(counts.get(i)) * hoursEach.get(i);
            }
            return sum;
        }
    }

    private void add(int level, IntVar var, long coefficient) {
        if (coefficient != 0) {
            levels[level].addTerm(var, coefficient);
            levelUsed[level] = true;
        }
    }

    static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new ProgramOverflow(a + " x " + b + " does not fit 64 bits");
        }
    }

    static long plus(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new ProgramOverflow(a + " + " + b + " does not fit 64 bits");
        }
    }
}
