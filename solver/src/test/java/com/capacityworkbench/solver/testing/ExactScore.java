package com.capacityworkbench.solver.testing;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.domain.PaidCharges;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.score.ScoreLevels;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A plan's score taken again in BigInteger, rule by rule as the constraints define it, from the same whole-unit
 * figures: what the score must be when nothing overflows. Levels in the order hard, then the soft levels.
 */
public final class ExactScore {

    private static final Set<HardRule> STATIC = EnumSet.complementOf(EnumSet.of(HardRule.CAPACITY, HardRule.POWER));

    private ExactScore() {
    }

    public static BigInteger[] of(PlacementSolution plan, Scenario scenario) {
        ConstraintWeights w = scenario.weights();
        FirstRefusalMode mode = scenario.policies().firstRefusal();
        BigInteger hard = BigInteger.ZERO;
        BigInteger unplaced = BigInteger.ZERO;
        BigInteger firstRefusal = BigInteger.ZERO;
        BigInteger premium = BigInteger.ZERO;
        BigInteger latency = BigInteger.ZERO;
        Map<PlacementPool, BigInteger[]> accelerators = new HashMap<>();
        Map<PlacementSite, BigInteger[]> watts = new HashMap<>();
        Map<String, BigInteger> hours = new LinkedHashMap<>();
        for (Shard shard : plan.getShards()) {
            if (!shard.isPlaced()) {
                unplaced = unplaced.add(big(shard.getUnplacedWeight()));
                continue;
            }
            PoolOption o = shard.option();
            for (HardRule rule : STATIC) {
                hard = o.breaks(rule) ? hard.add(BigInteger.ONE) : hard;
            }
            if (mode == FirstRefusalMode.STRICT && o.offPrimary()) {
                firstRefusal = firstRefusal.add(big(shard.getFirstRefusalWeight()));
            }
            if (mode == FirstRefusalMode.PREFERENCE && o.offPrimary()) {
                premium = premium.add(big(o.premiumUsd()));
            }
            latency = latency.add(big(o.latencyOverMs()));
            hours.merge(shard.getPool().getProvider(), big(o.acceleratorHours()), BigInteger::add);
            BigInteger[] poolSlots = accelerators.computeIfAbsent(shard.getPool(), p -> zeros(p.slotCount()));
            BigInteger[] siteSlots = watts.computeIfAbsent(shard.getPool().getSite(), s -> zeros(s.slotCount()));
            for (int slot : shard.slotIndices()) {
                poolSlots[slot] = poolSlots[slot].add(big(o.accelerators()));
                siteSlots[slot] = siteSlots[slot].add(big(o.watts()));
            }
        }
        for (Map.Entry<PlacementPool, BigInteger[]> e : accelerators.entrySet()) {
            for (int slot = 0; slot < e.getValue().length; slot++) {
                hard = hard.add(e.getValue()[slot].subtract(big(e.getKey().countIn(slot))).max(BigInteger.ZERO));
            }
        }
        for (Map.Entry<PlacementSite, BigInteger[]> e : watts.entrySet()) {
            for (int slot = 0; slot < e.getValue().length; slot++) {
                BigInteger over = e.getValue()[slot].subtract(big(e.getKey().capWatts(slot)));
                if (over.signum() > 0) {
                    hard = hard.add(over.add(big(999)).divide(big(1000)));
                }
            }
        }
        BigInteger totalHours = hours.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger share = BigInteger.ZERO;
        for (BigInteger h : hours.values()) {
            share = share.add(BigInteger.valueOf(ScoreUnits.shareExcess(h.longValueExact(), totalHours.longValueExact(),
                    scenario.policies().maxProviderSharePct())));
        }
        BigInteger[] levels = new BigInteger[1 + ScoreLevels.SOFT_LEVELS];
        levels[0] = hard.negate();
        levels[1 + ScoreLevels.UNPLACED] = unplaced.multiply(units(w.unplacedDemand())).negate();
        levels[1 + ScoreLevels.FIRST_REFUSAL] = firstRefusal.multiply(units(w.firstRefusal())).negate();
        levels[1 + ScoreLevels.COST] = costWithoutPremium(plan, scenario).multiply(units(w.cost()))
                .add(premium.multiply(units(w.firstRefusal()))).negate();
        levels[1 + ScoreLevels.LATENCY] = latency.multiply(units(w.latency())).negate();
        levels[1 + ScoreLevels.PROVIDER_SHARE] = scenario.policies().maxProviderSharePct() >= 100 ? BigInteger.ZERO
                : share.multiply(units(w.providerShare())).negate();
        return levels;
    }

    /** Dollars of compute, energy, carbon, and egress and porting paid once each: the KPIs' total cost. */
    public static BigInteger costWithoutPremium(PlacementSolution plan, Scenario scenario) {
        BigInteger cost = BigInteger.ZERO;
        Map<Integer, Long> paidOnce = new HashMap<>();
        for (Shard shard : plan.getShards()) {
            if (!shard.isPlaced()) {
                continue;
            }
            PoolOption o = shard.option();
            cost = cost.add(big(o.computeUsd())).add(big(o.energyUsd())).add(big(o.carbonUsd()));
            for (PaidCharges charges : new PaidCharges[] {o.paidEgress(), o.paidPorting()}) {
                for (int c = 0; c < charges.keys().length; c++) {
                    paidOnce.put(charges.keys()[c], charges.usd()[c]);
                }
            }
        }
        for (long usd : paidOnce.values()) {
            cost = cost.add(big(usd));
        }
        return cost;
    }

    private static BigInteger units(double weight) {
        return big(ConstraintWeights.units(weight));
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    private static BigInteger[] zeros(int length) {
        BigInteger[] zeros = new BigInteger[length];
        java.util.Arrays.fill(zeros, BigInteger.ZERO);
        return zeros;
    }
}
