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

    /**
     * What the shard's data and porting cost on the option's site: the same for the site's pools and the workload's
     * shard sizes, so one instance is shared by all of them.
     */
    private record Charges(List<EgressCharge> egress, @Nullable PortingCharge porting, PaidCharges paidEgress,
            PaidCharges paidPorting) {
    }

    /** The bit of {@link #flags} that marks a pool off the primary; the rules' bits are their ordinals. */
    private static final int OFF_PRIMARY = 1 << 31;

    // Some 12 million options at 20,000 workloads × 1,000 pools: the fields are packed (rules and the primary flag
    // in one int, the charges in one shared reference), 80 bytes an option instead of 96.
    private final int accelerators;
    private final int flags;
    private final long watts;
    private final long computeUsd;
    private final long energyUsd;
    private final long carbonUsd;
    private final long premiumUsd;
    private final long latencyOverMs;
    private final long acceleratorHours;
    private final Charges charges;

    /** @param chargeKeys numbers the egress and porting charges; one instance for all the options of a plan */
    public PoolOption(int accelerators, long watts, Set<HardRule> brokenRules, long computeUsd, long energyUsd,
            long carbonUsd, long premiumUsd, boolean offPrimary, long latencyOverMs, long acceleratorHours,
            List<EgressCharge> egress, @Nullable PortingCharge porting, ChargeKeys chargeKeys) {
        this(accelerators, watts, flags(brokenRules, offPrimary), computeUsd, energyUsd, carbonUsd, premiumUsd,
                latencyOverMs, acceleratorHours, new Charges(List.copyOf(egress), porting,
                        PaidCharges.of(List.copyOf(egress), EgressCharge::roundedUsd, chargeKeys),
                        porting == null ? PaidCharges.NONE
                                : PaidCharges.of(List.of(porting), PortingCharge::roundedUsd, chargeKeys)));
    }

    /** Every field given: the charges may be another option's, shared (they depend on the datasets and the site only). */
    private PoolOption(int accelerators, long watts, int flags, long computeUsd, long energyUsd, long carbonUsd,
            long premiumUsd, long latencyOverMs, long acceleratorHours, Charges charges) {
        this.accelerators = accelerators;
        this.watts = watts;
        this.flags = flags;
        this.computeUsd = computeUsd;
        this.energyUsd = energyUsd;
        this.carbonUsd = carbonUsd;
        this.premiumUsd = premiumUsd;
        this.latencyOverMs = latencyOverMs;
        this.acceleratorHours = acceleratorHours;
        this.charges = charges;
    }

    private static int flags(Set<HardRule> brokenRules, boolean offPrimary) {
        int flags = offPrimary ? OFF_PRIMARY : 0;
        for (HardRule rule : brokenRules) {
            flags |= 1 << rule.ordinal();
        }
        return flags;
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
        if (like == null || !like.charges.egress().equals(figures.egress())
                || !Objects.equals(like.charges.porting(), figures.porting())) {
            return new PoolOption(accelerators, watts, broken, compute, energy, carbon, premium, figures.offPrimary(),
                    latency, hours, figures.egress(), figures.porting(), chargeKeys);
        }
        int flags = flags(broken, figures.offPrimary());
        boolean same = like.accelerators == accelerators && like.watts == watts && like.flags == flags
                && like.computeUsd == compute && like.energyUsd == energy && like.carbonUsd == carbon
                && like.premiumUsd == premium && like.latencyOverMs == latency && like.acceleratorHours == hours;
        return same ? like : new PoolOption(accelerators, watts, flags, compute, energy, carbon, premium, latency, hours,
                like.charges);
    }

    public int accelerators() {
        return accelerators;
    }

    public long watts() {
        return watts;
    }

    public boolean breaks(HardRule rule) {
        return (flags & 1 << rule.ordinal()) != 0;
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
        return (flags & OFF_PRIMARY) != 0;
    }

    public long latencyOverMs() {
        return latencyOverMs;
    }

    public long acceleratorHours() {
        return acceleratorHours;
    }

    public List<EgressCharge> egress() {
        return charges.egress();
    }

    public @Nullable PortingCharge porting() {
        return charges.porting();
    }

    /** {@link #egress()} as the score counts it. */
    public PaidCharges paidEgress() {
        return charges.paidEgress();
    }

    /** {@link #porting()} as the score counts it. */
    public PaidCharges paidPorting() {
        return charges.paidPorting();
    }
}
