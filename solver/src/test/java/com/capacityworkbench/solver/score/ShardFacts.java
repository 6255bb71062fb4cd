package com.capacityworkbench.solver.score;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.BuildOutTerms;
import com.capacityworkbench.solver.domain.ChargeKeys;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.PlacementPolicy;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSite;
import com.capacityworkbench.solver.domain.PoolOption;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.PortingCharge;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Small hand-made solver facts for constraint tests: two period slots, pools and sites made to order. */
final class ShardFacts {

    static final PeriodSlot Q1 = new PeriodSlot(0, Period.quarter(2027, 1));
    static final PeriodSlot Q2 = new PeriodSlot(1, Period.quarter(2027, 2));
    static final int POOLS = 4;
    /** One numbering for every test's charges, as a plan has: equal charges must share a number. */
    private static final ChargeKeys CHARGE_KEYS = new ChargeKeys();

    private ShardFacts() {
    }

    static PlacementSite site(String id, long capWattsQ1, long capWattsQ2) {
        return new PlacementSite(id, new long[] {capWattsQ1, capWattsQ2});
    }

    static PlacementSite uncappedSite(String id) {
        return site(id, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    static PlacementPool pool(String id, int index, PlacementSite site, String provider, int countQ1, int countQ2) {
        return new PlacementPool(id, index, site, provider, new int[] {countQ1, countQ2});
    }

    /** A pool bought from an offer with these terms, the same count in both periods. */
    static PlacementPool offerPool(String id, int index, PlacementSite site, int count, OfferTerms terms) {
        return new PlacementPool(id, index, site, "aws", new int[] {count, count}, terms, null);
    }

    /** A pool housed by a build-out step with these terms. */
    static PlacementPool buildOutPool(String id, int index, PlacementSite site, int count, BuildOutTerms terms) {
        return new PlacementPool(id, index, site, "lab", new int[] {count, count}, null, terms);
    }

    static PlacementPolicy policy(FirstRefusalMode mode, double maxSharePct) {
        return new PlacementPolicy(mode, maxSharePct);
    }

    static Option option() {
        return new Option();
    }

    /** A shard placed on {@code pool} with {@code option} there, active in {@code slots}. */
    static Shard placed(String workload, int shard, PlacementPool pool, Option option, PlacementPolicy policy, PeriodSlot... slots) {
        PoolOption[] options = new PoolOption[POOLS];
        options[pool.getIndex()] = option.build();
        Shard s = new Shard(workload, shard, 100, 1, option.firstRefusal, Arrays.asList(slots), options,
                List.of(pool), policy, 100, option.firstRefusalWeight);
        s.setPool(pool);
        return s;
    }

    static Shard placed(String workload, PlacementPool pool, Option option, PeriodSlot... slots) {
        return placed(workload, 0, pool, option, policy(FirstRefusalMode.OFF, 100), slots);
    }

    static Shard unplaced(String workload, long unplacedWeight) {
        return new Shard(workload, 0, 100, 1, false, List.of(Q1), new PoolOption[POOLS], List.of(),
                policy(FirstRefusalMode.OFF, 100), unplacedWeight, 1);
    }

    /** A builder for the figures of a shard on a pool. */
    static final class Option {
        int accelerators = 1;
        long watts;
        Set<HardRule> broken = EnumSet.noneOf(HardRule.class);
        long computeUsd;
        long energyUsd;
        long carbonUsd;
        long premiumUsd;
        boolean offPrimary;
        boolean firstRefusal;
        long firstRefusalWeight = 1;
        long latencyOverMs;
        long acceleratorHours;
        List<EgressCharge> egress = List.of();
        @Nullable PortingCharge porting;

        Option accelerators(int n) {
            accelerators = n;
            return this;
        }

        Option watts(long w) {
            watts = w;
            return this;
        }

        Option breaking(HardRule rule) {
            broken.add(rule);
            return this;
        }

        Option compute(long usd) {
            computeUsd = usd;
            return this;
        }

        Option energy(long usd) {
            energyUsd = usd;
            return this;
        }

        Option carbon(long usd) {
            carbonUsd = usd;
            return this;
        }

        Option offPrimary(long firstRefusalWeight, long premiumUsd) {
            this.offPrimary = true;
            this.firstRefusal = true;
            this.firstRefusalWeight = firstRefusalWeight;
            this.premiumUsd = premiumUsd;
            return this;
        }

        Option latencyOver(long ms) {
            latencyOverMs = ms;
            return this;
        }

        Option acceleratorHours(long hours) {
            acceleratorHours = hours;
            return this;
        }

        Option egress(EgressCharge... charges) {
            egress = List.of(charges);
            return this;
        }

        Option porting(PortingCharge charge) {
            porting = charge;
            return this;
        }

        PoolOption build() {
            return new PoolOption(accelerators, watts, broken, computeUsd, energyUsd, carbonUsd, premiumUsd, offPrimary,
                    latencyOverMs, acceleratorHours, egress, porting, CHARGE_KEYS);
        }
    }
}
