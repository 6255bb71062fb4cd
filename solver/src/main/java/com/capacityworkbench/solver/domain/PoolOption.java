package com.capacityworkbench.solver.domain;

import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.RuleBreak;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one workload shard on one pool that does not depend on other shards, in the score's
 * whole units, so constraints only look numbers up. Built once per workload × pool before solving.
 */
public final class PoolOption {

    private final int accelerators;
    private final long watts;
    private final Set<HardRule> brokenRules;
    private final long computeUsd;
    private final long energyUsd;
    private final long carbonUsd;
    private final long premiumUsd;
    private final boolean offPrimary;
    private final long latencyOverMs;
    private final long acceleratorHours;
    private final List<EgressCharge> egress;
    private final @Nullable PortingCharge porting;
    private final PaidCharges paidEgress;
    private final PaidCharges paidPorting;

    /** @param chargeKeys numbers the egress and porting charges; one instance for all the options of a plan */
    public PoolOption(int accelerators, long watts, Set<HardRule> brokenRules, long computeUsd, long energyUsd,
            long carbonUsd, long premiumUsd, boolean offPrimary, long latencyOverMs, long acceleratorHours,
            List<EgressCharge> egress, @Nullable PortingCharge porting, ChargeKeys chargeKeys) {
        this(accelerators, watts, brokenRules, computeUsd, energyUsd, carbonUsd, premiumUsd, offPrimary, latencyOverMs,
                acceleratorHours, List.copyOf(egress), porting,
                PaidCharges.of(List.copyOf(egress), EgressCharge::roundedUsd, chargeKeys),
                porting == null ? PaidCharges.NONE : PaidCharges.of(List.of(porting), PortingCharge::roundedUsd, chargeKeys));
    }

    /** Every field given: the charges may be another option's, shared (they depend on the datasets and the site only). */
    private PoolOption(int accelerators, long watts, Set<HardRule> brokenRules, long computeUsd, long energyUsd,
            long carbonUsd, long premiumUsd, boolean offPrimary, long latencyOverMs, long acceleratorHours,
            List<EgressCharge> egress, @Nullable PortingCharge porting, PaidCharges paidEgress, PaidCharges paidPorting) {
        this.accelerators = accelerators;
        this.watts = watts;
        this.brokenRules = brokenRules.isEmpty() ? Set.of() : EnumSet.copyOf(brokenRules);
        this.computeUsd = computeUsd;
        this.energyUsd = energyUsd;
        this.carbonUsd = carbonUsd;
        this.premiumUsd = premiumUsd;
        this.offPrimary = offPrimary;
        this.latencyOverMs = latencyOverMs;
        this.acceleratorHours = acceleratorHours;
        this.egress = egress;
        this.porting = porting;
        this.paidEgress = paidEgress;
        this.paidPorting = paidPorting;
    }

    public static PoolOption of(ShardOnPool figures, ChargeKeys chargeKeys) {
        return of(figures, chargeKeys, null);
    }

    /**
     * @param like an option of the same workload at the same site (another pool there, or the same pool for a shard of
     *             another size): its charges are shared when they are the same, and the option itself when every
     *             figure is. A 20,000-workload plan holds some 12 million options; their charge lists were most of
     *             the solver's heap.
     */
    public static PoolOption of(ShardOnPool figures, ChargeKeys chargeKeys, @Nullable PoolOption like) {
        EnumSet<HardRule> broken = EnumSet.noneOf(HardRule.class);
        for (RuleBreak b : figures.staticBreaks()) {
            broken.add(b.rule());
        }
        int accelerators = figures.accelerators();
        long watts = figures.roundedWatts();
        long compute = ScoreUnits.dollars(figures.computeUsd());
        long energy = ScoreUnits.dollars(figures.energyUsd());
        long carbon = ScoreUnits.dollars(figures.carbonUsd());
        long premium = ScoreUnits.dollars(figures.premiumUsd());
        long latency = ScoreUnits.latencyOverMs(figures.latencyOverMs());
        long hours = ScoreUnits.acceleratorHours(figures.acceleratorHours());
        if (like == null || !like.egress.equals(figures.egress()) || !Objects.equals(like.porting, figures.porting())) {
            return new PoolOption(accelerators, watts, broken, compute, energy, carbon, premium, figures.offPrimary(),
                    latency, hours, figures.egress(), figures.porting(), chargeKeys);
        }
        boolean same = like.accelerators == accelerators && like.watts == watts && like.brokenRules.equals(broken)
                && like.computeUsd == compute && like.energyUsd == energy && like.carbonUsd == carbon
                && like.premiumUsd == premium && like.offPrimary == figures.offPrimary()
                && like.latencyOverMs == latency && like.acceleratorHours == hours;
        return same ? like : new PoolOption(accelerators, watts, broken, compute, energy, carbon, premium,
                figures.offPrimary(), latency, hours, like.egress, like.porting, like.paidEgress, like.paidPorting);
    }

    public int accelerators() {
        return accelerators;
    }

    public long watts() {
        return watts;
    }

    public boolean breaks(HardRule rule) {
        return brokenRules.contains(rule);
    }

    public long computeUsd() {
        return computeUsd;
    }

    public long energyUsd() {
        return energyUsd;
    }

    public long carbonUsd() {
        return carbonUsd;
    }

    public long premiumUsd() {
        return premiumUsd;
    }

    public boolean offPrimary() {
        return offPrimary;
    }

    public long latencyOverMs() {
        return latencyOverMs;
    }

    public long acceleratorHours() {
        return acceleratorHours;
    }

    public List<EgressCharge> egress() {
        return egress;
    }

    public @Nullable PortingCharge porting() {
        return porting;
    }

    /** {@link #egress()} as the score counts it. */
    public PaidCharges paidEgress() {
        return paidEgress;
    }

    /** {@link #porting()} as the score counts it. */
    public PaidCharges paidPorting() {
        return paidPorting;
    }
}
