package com.capacityworkbench.solver.evaluate;

import static com.capacityworkbench.solver.rules.PlacementCalculator.number;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.HardViolation;
import com.capacityworkbench.model.plan.ShardSplit;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.purchase.PurchaseTerms;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.RuleBreak;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plan recomputed from its assignments alone, independently of the solver's constraint streams:
 * every shard's figures, every broken hard rule, every shared charge, and the score.
 */
final class Evaluation {

    final Scenario scenario;
    final ScenarioIndex lookup;
    final PlacementCalculator calculator;
    final List<EvaluatedShard> shards = new ArrayList<>();
    final Map<String, List<EvaluatedShard>> shardsByWorkload = new LinkedHashMap<>();
    final UsageLedger ledger;
    final List<HardViolation> violations = new ArrayList<>();
    /** Shards (by key) that break a rule, with the first message. */
    final Map<String, String> violatingShards = new HashMap<>();
    /** Each egress charge, paid once, and the first shard that pays it. */
    final Map<EgressCharge, EvaluatedShard> egress = new LinkedHashMap<>();
    final Map<PortingCharge, EvaluatedShard> porting = new LinkedHashMap<>();
    final ScoreTally tally = new ScoreTally();
    /** What bought capacity costs beyond its work's hours: offers' unused blocks and upfront payments, build-outs' capex. */
    final List<PurchaseTally.Commitment> commitments = new ArrayList<>();

    Evaluation(Scenario scenario, List<Assignment> assignments) {
        this.scenario = scenario;
        this.lookup = ScenarioIndex.of(scenario);
        this.calculator = new PlacementCalculator(lookup);
        readShards(assignments);
        this.ledger = UsageLedger.of(shards);
        checkStaticRules();
        checkCapacity();
        checkPower();
        tallySoftRules();
        new PurchaseTally(this, PurchaseTerms.of(scenario)).tally();
    }

    BendableScore score() {
        return tally.score(scenario.weights());
    }

    /**
     * Every shard of every workload, in scenario order, at the sizes the plan cut it into ({@link ShardSplit}); a
     * shard missing from the assignments is unplaced, one of size 0 is not there at all.
     */
    private void readShards(List<Assignment> assignments) {
        Map<String, List<Assignment>> byWorkload = new HashMap<>();
        for (Assignment a : assignments) {
            byWorkload.computeIfAbsent(a.workload(), w -> new ArrayList<>()).add(a);
        }
        for (Workload workload : scenario.workloads()) {
            List<Assignment> rows = byWorkload.getOrDefault(workload.id(), List.of());
            ShardSplit split = ShardSplit.of(workload, rows);
            Map<Integer, Assignment> byShard = new HashMap<>();
            rows.forEach(a -> byShard.putIfAbsent(a.shard(), a));
            List<EvaluatedShard> own = new ArrayList<>();
            for (int i = 0; i < split.count(); i++) {
                double demand = split.size(i);
                if (demand == 0) {
                    continue;
                }
                Assignment a = byShard.get(i);
                Pool pool = a == null || a.pool() == null ? null : lookup.findPool(a.pool()).orElse(null);
                boolean pinned = a != null && a.pinned();
                EvaluatedShard shard = pool == null
                        ? EvaluatedShard.unplaced(workload, i, demand, pinned)
                        : new EvaluatedShard(workload, i, demand, pinned, calculator.assess(workload, demand, pool));
                own.add(shard);
                shards.add(shard);
            }
            shardsByWorkload.put(workload.id(), own);
        }
    }

    private void checkStaticRules() {
        for (EvaluatedShard shard : shards) {
            if (shard.figures() == null) {
                continue;
            }
            for (RuleBreak b : shard.figures().staticBreaks()) {
                violation(shard, b.rule(), shard.figures().pool().id(), b.message());
                tally.hard = ScoreUnits.add(tally.hard, 1);
            }
        }
    }

    private void checkCapacity() {
        Map<String, List<EvaluatedShard>> byPool = placedBy(s -> s.figures().pool().id());
        for (Pool pool : scenario.pools()) {
            List<EvaluatedShard> on = byPool.getOrDefault(pool.id(), List.of());
            for (Period period : periodsOf(on)) {
                long used = ledger.accelerators(pool.id(), period);
                int available = calculator.countIn(pool, period);
                if (used > available) {
                    tally.hard = ScoreUnits.add(tally.hard, used - available);
                    String message = "Capacity: pool " + pool.id() + " over in " + period + " ("
                            + number(used) + " used of " + number(available) + ")";
                    violations.add(new HardViolation(HardRule.CAPACITY.label(), null, pool.id() + " " + period, message));
                    on.stream().filter(s -> s.figures().periods().contains(period))
                            .forEach(s -> violatingShards.putIfAbsent(s.key(), message));
                }
            }
        }
    }

    private void checkPower() {
        Map<String, List<EvaluatedShard>> bySite = placedBy(s -> s.figures().site().id());
        for (Site site : scenario.sites()) {
            List<EvaluatedShard> on = bySite.getOrDefault(site.id(), List.of());
            for (Period period : periodsOf(on)) {
                Double cap = site.powerCapIn(period);
                long watts = ledger.watts(site.id(), period);
                if (cap != null && watts > ScoreUnits.capWatts(cap)) {
                    tally.hard = ScoreUnits.add(tally.hard, ScoreUnits.overKw(watts, ScoreUnits.capWatts(cap)));
                    String message = "Power: site " + site.id() + " would need " + mw(watts / 1e6) + " MW in " + period
                            + ", cap " + mw(cap) + " MW";
                    violations.add(new HardViolation(HardRule.POWER.label(), null, site.id() + " " + period, message));
                    on.stream().filter(s -> s.figures().periods().contains(period))
                            .forEach(s -> violatingShards.putIfAbsent(s.key(), message));
                }
            }
        }
    }

    private void tallySoftRules() {
        FirstRefusalMode mode = scenario.policies().firstRefusal();
        Map<String, Long> hoursByProvider = new TreeMap<>();
        long totalHours = 0;
        for (EvaluatedShard shard : shards) {
            ShardOnPool f = shard.figures();
            if (f == null) {
                tally.unplaced = ScoreUnits.add(tally.unplaced,
                        ScoreUnits.unplacedDemand(shard.demand(), shard.workload().priority()));
                continue;
            }
            if (mode == FirstRefusalMode.STRICT && f.offPrimary()) {
                tally.firstRefusal = ScoreUnits.add(tally.firstRefusal,
                        ScoreUnits.firstRefusalHours(shard.demand(), f.hours()));
            }
            tally.premium = ScoreUnits.add(tally.premium, ScoreUnits.dollars(f.premiumUsd()));
            tally.cost = ScoreUnits.add(tally.cost, ScoreUnits.add(ScoreUnits.add(ScoreUnits.dollars(f.computeUsd()),
                    ScoreUnits.dollars(f.energyUsd())), ScoreUnits.dollars(f.carbonUsd())));
            for (EgressCharge charge : f.egress()) {
                egress.putIfAbsent(charge, shard);
            }
            if (f.porting() != null) {
                porting.putIfAbsent(f.porting(), shard);
            }
            tally.latency = ScoreUnits.add(tally.latency, ScoreUnits.latencyOverMs(f.latencyOverMs()));
            long hours = ScoreUnits.acceleratorHours(f.acceleratorHours());
            hoursByProvider.merge(f.provider(), hours, ScoreUnits::add);
            totalHours = ScoreUnits.add(totalHours, hours);
        }
        egress.keySet().forEach(c -> tally.cost = ScoreUnits.add(tally.cost, c.roundedUsd()));
        porting.keySet().forEach(c -> tally.cost = ScoreUnits.add(tally.cost, c.roundedUsd()));
        double maxShare = scenario.policies().maxProviderSharePct();
        for (long hours : hoursByProvider.values()) {
            tally.providerShare = ScoreUnits.add(tally.providerShare, ScoreUnits.shareExcess(hours, totalHours, maxShare));
        }
    }

    private void violation(EvaluatedShard shard, HardRule rule, String where, String message) {
        violations.add(new HardViolation(rule.label(), shard.workload().id(), where, message));
        violatingShards.putIfAbsent(shard.key(), message);
    }

    Map<String, List<EvaluatedShard>> placedBy(java.util.function.Function<EvaluatedShard, String> key) {
        Map<String, List<EvaluatedShard>> map = new HashMap<>();
        for (EvaluatedShard s : shards) {
            if (s.isPlaced()) {
                map.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
            }
        }
        return map;
    }

    static List<Period> periodsOf(List<EvaluatedShard> shards) {
        Set<Period> periods = new HashSet<>();
        shards.forEach(s -> periods.addAll(s.figures().periods()));
        return periods.stream().sorted().toList();
    }

    static String mw(double mw) {
        return mw >= 10 ? number(Math.round(mw)) : String.format(java.util.Locale.US, "%.1f", mw);
    }
}
