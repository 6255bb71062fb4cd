package com.capacityworkbench.solver.evaluate;

import static com.capacityworkbench.solver.rules.PlacementCalculator.number;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.RuleBreak;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether one shard of a workload could go on a pool given everything else in the plan, and if not,
 * the first rule in the way. Capacity and power count the other workloads only.
 *
 * @param shortfallAccelerators the most accelerators missing in any period (0 if it fits)
 * @param shortfallMw           the most MW missing at the site in any period (0 if it fits)
 */
record CandidateCheck(Pool pool, ShardOnPool figures, @Nullable RuleBreak block,
        long shortfallAccelerators, @Nullable Period shortPeriod, double shortfallMw, @Nullable Period powerPeriod) {

    boolean fits() {
        return block == null;
    }

    /** How far from fitting, relative to what it needs; 0 when it fits. */
    double distance() {
        double need = Math.max(1, figures.accelerators());
        double needMw = Math.max(1e-6, figures.facilityMw());
        return shortfallAccelerators / need + shortfallMw / needMw;
    }

    /** What a workload's own shards use, per pool and per site, so candidates count only the others. */
    record OwnUsage(Map<String, Long> accelerators, Map<String, Long> watts) {

        /** Count the workload's own shards like any other's: for where its unplaced shards could still go. */
        static final OwnUsage NONE = new OwnUsage(Map.of(), Map.of());

        static OwnUsage of(Evaluation evaluation, Workload workload) {
            Map<String, Long> accelerators = new HashMap<>();
            Map<String, Long> watts = new HashMap<>();
            for (EvaluatedShard own : evaluation.shardsByWorkload.getOrDefault(workload.id(), List.of())) {
                if (own.figures() != null) {
                    accelerators.merge(own.figures().pool().id(), (long) own.figures().accelerators(), Long::sum);
                    watts.merge(own.figures().site().id(), own.figures().roundedWatts(), Long::sum);
                }
            }
            return new OwnUsage(accelerators, watts);
        }
    }

    static CandidateCheck of(Evaluation evaluation, Workload workload, Pool pool, OwnUsage own) {
        ShardOnPool f = evaluation.calculator.assess(workload, pool);
        if (!f.staticBreaks().isEmpty()) {
            return new CandidateCheck(pool, f, f.staticBreaks().getFirst(), 0, null, 0, null);
        }
        // Own shards span the workload's whole window, so one subtraction per period is exact.
        long ownHere = own.accelerators().getOrDefault(pool.id(), 0L);
        long ownSiteWatts = own.watts().getOrDefault(f.site().id(), 0L);
        long shortAccel = 0;
        Period shortPeriod = null;
        double shortMw = 0;
        Period powerPeriod = null;
        RuleBreak capacityBlock = null;
        RuleBreak powerBlock = null;
        for (Period p : f.periods()) {
            long others = evaluation.ledger.accelerators(pool.id(), p) - ownHere;
            int count = evaluation.calculator.countIn(pool, p);
            long missing = others + f.accelerators() - count;
            if (missing > shortAccel) {
                shortAccel = missing;
                shortPeriod = p;
                capacityBlock = new RuleBreak(HardRule.CAPACITY, "Capacity: pool " + pool.id() + " full in " + p + " ("
                        + number(others) + " of " + number(count) + " used; needs " + number(f.accelerators()) + ")");
            }
            Double cap = f.site().powerCapIn(p);
            if (cap != null) {
                long watts = evaluation.ledger.watts(f.site().id(), p) - ownSiteWatts + f.roundedWatts();
                double over = (watts - ScoreUnits.capWatts(cap)) / 1e6;
                if (over > shortMw) {
                    shortMw = over;
                    powerPeriod = p;
                    powerBlock = new RuleBreak(HardRule.POWER, "Power: site " + f.site().id() + " would need "
                            + Evaluation.mw(watts / 1e6) + " MW in " + p + ", cap " + Evaluation.mw(cap) + " MW");
                }
            }
        }
        RuleBreak block = capacityBlock != null ? capacityBlock : powerBlock;
        return new CandidateCheck(pool, f, block, shortAccel, shortPeriod, shortMw, powerPeriod);
    }
}
