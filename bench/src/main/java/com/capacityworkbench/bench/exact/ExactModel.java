package com.capacityworkbench.bench.exact;

import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.bench.problem.ShardChoices;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The placement rules as a CP-SAT model: one 0/1 variable per shard and allowed pool, at most one per
 * shard; capacity and power as linear limits per period; each soft level as a linear penalty in the
 * score's own units and weights (egress and porting paid once through "paid" variables, the provider
 * share through the floor of the allowed share; bought capacity's blocks, terms and commitments through
 * {@link PurchaseRows}). The same figures as the Timefold model, so the value of each level equals the plan
 * evaluator's score of the same plan.
 */
final class ExactModel {

    private record Usage(String id, Period period) {
    }

    private final PlacementProblem problem;
    private final CpModel model = new CpModel();
    private final List<BoolVar[]> choices = new ArrayList<>();
    private final List<BoolVar> unplacedVars = new ArrayList<>();
    private final Map<ScoreLevel, LinearExprBuilder> levels = new EnumMap<>(ScoreLevel.class);
    private final Map<ScoreLevel, Boolean> levelUsed = new EnumMap<>(ScoreLevel.class);

    ExactModel(PlacementProblem problem) {
        this.problem = problem;
        for (ScoreLevel level : ScoreLevel.values()) {
            levels.put(level, LinearExpr.newBuilder());
            levelUsed.put(level, false);
        }
        build();
    }

    CpModel model() {
        return model;
    }

    boolean hasTerms(ScoreLevel level) {
        return levelUsed.get(level);
    }

    LinearExpr level(ScoreLevel level) {
        return levels.get(level).build();
    }

    private void build() {
        Scenario scenario = problem.scenario();
        ConstraintWeights w = scenario.weights();
        long unplacedUnits = units(w.unplacedDemand());
        long firstRefusalUnits = units(w.firstRefusal());
        long costUnits = units(w.cost());
        long latencyUnits = units(w.latency());
        boolean strict = scenario.policies().firstRefusal() == FirstRefusalMode.STRICT;

        Map<Usage, LinearExprBuilder> poolUse = new LinkedHashMap<>();
        Map<Usage, Long> poolMax = new HashMap<>();
        Map<Usage, Integer> poolCount = new HashMap<>();
        Map<Usage, LinearExprBuilder> siteUse = new LinkedHashMap<>();
        Map<Usage, Long> siteMax = new HashMap<>();
        Map<Usage, Long> siteCap = new HashMap<>();
        Map<EgressCharge, List<BoolVar>> egress = new LinkedHashMap<>();
        Map<PortingCharge, List<BoolVar>> porting = new LinkedHashMap<>();
        Map<String, LinearExprBuilder> hoursByProvider = new LinkedHashMap<>();
        Map<String, Long> maxHoursByProvider = new HashMap<>();
        LinearExprBuilder totalHours = LinearExpr.newBuilder();
        PurchaseRows purchases = new PurchaseRows(scenario);

        int n = 0;
        for (ShardChoices shard : problem.shards()) {
            List<ShardOnPool> options = shard.options();
            BoolVar[] x = new BoolVar[options.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = model.newBoolVar("x" + n + "_" + i);
            }
            choices.add(x);
            // Exactly one of: a pool, or unplaced. Penalising "unplaced" directly keeps every level's
            // coefficients positive, so CP-SAT's bounds start at 0 instead of far below.
            BoolVar unplaced = model.newBoolVar("u" + n);
            unplacedVars.add(unplaced);
            List<com.google.ortools.sat.Literal> oneOf = new ArrayList<>(List.of(x));
            oneOf.add(unplaced);
            model.addExactlyOne(oneOf);
            n++;
            add(ScoreLevel.UNPLACED, unplaced,
                    ScoreUnits.unplacedDemand(shard.demand(), shard.workload().priority()) * unplacedUnits);
            for (int i = 0; i < x.length; i++) {
                ShardOnPool on = options.get(i);
                BoolVar v = x[i];
                purchases.candidate(v, on);
                if (strict && on.offPrimary()) {
                    add(ScoreLevel.FIRST_REFUSAL, v, ScoreUnits.firstRefusalHours(shard.demand(), on.hours()) * firstRefusalUnits);
                }
                long own = ScoreUnits.dollars(on.computeUsd()) + ScoreUnits.dollars(on.energyUsd())
                        + ScoreUnits.dollars(on.carbonUsd());
                add(ScoreLevel.COST, v, own * costUnits + ScoreUnits.dollars(on.premiumUsd()) * firstRefusalUnits);
                add(ScoreLevel.LATENCY, v, ScoreUnits.latencyOverMs(on.latencyOverMs()) * latencyUnits);
                for (EgressCharge charge : on.egress()) {
                    if (charge.roundedUsd() > 0) {
                        egress.computeIfAbsent(charge, c -> new ArrayList<>()).add(v);
                    }
                }
                if (on.porting() != null && on.porting().roundedUsd() > 0) {
                    porting.computeIfAbsent(on.porting(), c -> new ArrayList<>()).add(v);
                }
                long hours = ScoreUnits.acceleratorHours(on.acceleratorHours());
                hoursByProvider.computeIfAbsent(on.provider(), p -> LinearExpr.newBuilder()).addTerm(v, hours);
                maxHoursByProvider.merge(on.provider(), hours, Long::sum);
                totalHours.addTerm(v, hours);
                for (Period period : on.periods()) {
                    Usage pool = new Usage(on.pool().id(), period);
                    poolUse.computeIfAbsent(pool, k -> LinearExpr.newBuilder()).addTerm(v, on.accelerators());
                    poolMax.merge(pool, (long) on.accelerators(), Long::sum);
                    poolCount.put(pool, on.pool().countIn(period));
                    Double cap = on.site().powerCapIn(period);
                    if (cap != null) {
                        Usage site = new Usage(on.site().id(), period);
                        siteUse.computeIfAbsent(site, k -> LinearExpr.newBuilder()).addTerm(v, on.roundedWatts());
                        siteMax.merge(site, on.roundedWatts(), Long::sum);
                        siteCap.put(site, ScoreUnits.capWatts(cap));
                    }
                }
            }
        }
        // Limits that the shards could not reach even all together are left out: they only slow the search.
        poolUse.forEach((key, used) -> {
            if (poolMax.get(key) > poolCount.get(key)) {
                model.addLessOrEqual(used, poolCount.get(key));
            }
        });
        siteUse.forEach((key, used) -> {
            if (siteMax.get(key) > siteCap.get(key)) {
                model.addLessOrEqual(used, siteCap.get(key));
            }
        });
        egress.forEach((charge, readers) -> addPaidOnce(readers, charge.roundedUsd() * costUnits, "egress"));
        porting.forEach((charge, readers) -> addPaidOnce(readers, charge.roundedUsd() * costUnits, "porting"));
        purchases.state(model, (readers, usd, what) -> addPaidOnce(readers, usd * costUnits, what),
                unused -> add(ScoreLevel.COST, unused, costUnits));
        addProviderShare(hoursByProvider, maxHoursByProvider, totalHours, units(w.providerShare()));
    }

    /**
     * A charge paid once when any of its readers is placed, and only then: a later level must not be able
     * to leave it paid for nothing, or the plan's value on this level would drift from the evaluator's.
     */
    private void addPaidOnce(List<BoolVar> readers, long price, String what) {
        BoolVar paid = model.newBoolVar(what);
        for (BoolVar reader : readers) {
            model.addImplication(reader, paid);
        }
        model.addLessOrEqual(paid, LinearExpr.sum(readers.toArray(BoolVar[]::new)));
        add(ScoreLevel.COST, paid, price);
    }

    /** Excess over floor(total × share) per provider, as {@link ScoreUnits#shareExcess} counts it. */
    private void addProviderShare(Map<String, LinearExprBuilder> hoursByProvider, Map<String, Long> maxHours,
            LinearExprBuilder totalHours, long weightUnits) {
        double maxSharePct = problem.scenario().policies().maxProviderSharePct();
        if (maxSharePct >= 100 || hoursByProvider.isEmpty() || weightUnits == 0) {
            return;
        }
        long basisPoints = Math.round(maxSharePct * 100);
        if (Math.abs(basisPoints / 100.0 - maxSharePct) > 1e-9) {
            throw new IllegalArgumentException("maximum provider share " + maxSharePct + " % has more than two decimals\n"
                    + "Maybe round it: the exact reference models the share in hundredths of a percent.");
        }
        long maxTotal = maxHours.values().stream().mapToLong(Long::longValue).sum();
        IntVar allowed = model.newIntVar(0, maxTotal, "allowed hours");
        LinearExpr total = totalHours.build();
        // allowed = floor(total × bp / 10000): 10000·allowed ≤ bp·total ≤ 10000·allowed + 9999
        model.addLessOrEqual(LinearExpr.term(allowed, 10_000), LinearExpr.term(total, basisPoints));
        model.addLessOrEqual(LinearExpr.term(total, basisPoints),
                LinearExpr.newBuilder().addTerm(allowed, 10_000).add(9_999));
        for (Map.Entry<String, LinearExprBuilder> e : hoursByProvider.entrySet()) {
            IntVar excess = model.newIntVar(0, maxHours.get(e.getKey()), "excess " + e.getKey());
            // Exactly max(0, hours − allowed), not only at least: a solution ended by the time limit must not
            // carry slack here, or its value on this level would drift from the evaluator's.
            // The two lower sides stay plain rows for the LP relaxation; a literal closes the upper side.
            LinearExpr over = LinearExpr.newBuilder().add(e.getValue().build()).addTerm(allowed, -1).build();
            model.addGreaterOrEqual(excess, over);
            BoolVar exceeds = model.newBoolVar("exceeds " + e.getKey());
            model.addLessOrEqual(excess, over).onlyEnforceIf(exceeds);
            model.addEquality(excess, 0).onlyEnforceIf(exceeds.not());
            add(ScoreLevel.PROVIDER_SHARE, excess, weightUnits);
        }
    }

    private void add(ScoreLevel level, @org.jspecify.annotations.Nullable IntVar var, long coefficient) {
        if (coefficient == 0) {
            return;
        }
        LinearExprBuilder expr = levels.get(level);
        if (var == null) {
            expr.add(coefficient);
        } else {
            expr.addTerm(var, coefficient);
        }
        levelUsed.put(level, true);
    }

    /** Suggests a plan (shard key → pool id) to the solver as its starting point. */
    void hint(Map<String, String> poolByShard) {
        model.clearHints();
        List<ShardChoices> shards = problem.shards();
        for (int s = 0; s < shards.size(); s++) {
            String pool = poolByShard.get(shards.get(s).key());
            List<ShardOnPool> options = shards.get(s).options();
            model.addHint(unplacedVars.get(s), pool == null);
            for (int i = 0; i < options.size(); i++) {
                model.addHint(choices.get(s)[i], options.get(i).pool().id().equals(pool));
            }
        }
    }

    /** The plan in the solver's current solution: shard key → pool id (absent = unplaced). */
    Map<String, String> solution(CpSolver solver) {
        Map<String, String> poolByShard = new HashMap<>();
        List<ShardChoices> shards = problem.shards();
        for (int s = 0; s < shards.size(); s++) {
            BoolVar[] x = choices.get(s);
            for (int i = 0; i < x.length; i++) {
                if (solver.booleanValue(x[i])) {
                    poolByShard.put(shards.get(s).key(), shards.get(s).options().get(i).pool().id());
                }
            }
        }
        return poolByShard;
    }

    List<Assignment> assignments(Map<String, String> poolByShard) {
        List<Assignment> rows = new ArrayList<>();
        for (ShardChoices shard : problem.shards()) {
            String pool = poolByShard.get(shard.key());
            ShardOnPool on = pool == null ? null
                    : shard.options().stream().filter(o -> o.pool().id().equals(pool)).findFirst().orElse(null);
            rows.add(PlacementProblem.assignment(shard, on));
        }
        return rows;
    }

    private static long units(double weight) {
        return ScoreLevels.weight(0, weight).softScore(0);
    }
}
