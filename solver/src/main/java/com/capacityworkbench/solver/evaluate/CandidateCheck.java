package com.capacityworkbench.solver.evaluate;

import static com.capacityworkbench.solver.rules.PlacementCalculator.number;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.RuleBreak;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import com.capacityworkbench.solver.rules.WorkloadScreen;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether one shard of a workload could go on a pool given everything else in the plan, and if not,
 * the first rule in the way. Capacity and power count every placed shard but what {@link Freed} says the
 * move takes away.
 *
 * @param shortfallAccelerators the most accelerators missing in any period (0 if it fits)
 * @param shortfallMw           the most MW missing at the site in any period (0 if it fits)
 * @param room                  how many such shards fit there at once, at most the workload's shard count (0 if blocked)
 */
record CandidateCheck(Pool pool, ShardOnPool figures, @Nullable RuleBreak block,
        long shortfallAccelerators, @Nullable Period shortPeriod, double shortfallMw, @Nullable Period powerPeriod,
        int room) {

    boolean fits() {
        return block == null;
    }

    /** Blocked by the pool's capacity or its site's power, which depend on the rest of the plan. */
    boolean blockedByRoom() {
        return block != null && block.rule().ordinal() >= HardRule.CAPACITY.ordinal();
    }

    /** How far from fitting, relative to what it needs; 0 when it fits. */
    double distance() {
        double need = Math.max(1, figures.accelerators());
        double needMw = Math.max(1e-6, figures.facilityMw());
        return shortfallAccelerators / need + shortfallMw / needMw;
    }

    /** Accelerators on the pool and watts at its site that a move leaves behind for the shard. */
    record Freed(long accelerators, long watts) {

        /** A shard coming from another site, or from no pool at all: nothing of this pool or site is freed. */
        static final Freed NOTHING = new Freed(0, 0);

        /**
         * One of the workload's placed shards moving to the pool: the one already on it (the move changes
         * nothing there), else the one at the same site that frees the most power, else one from elsewhere.
         */
        static Freed byOneOf(List<EvaluatedShard> own, Pool pool, String site) {
            Freed best = NOTHING;
            for (EvaluatedShard s : own) {
                ShardOnPool f = s.figures();
                if (f == null) {
                    continue;
                }
                if (f.pool().id().equals(pool.id())) {
                    return new Freed(f.accelerators(), f.roundedWatts());
                }
                if (f.site().id().equals(site) && f.roundedWatts() > best.watts()) {
                    best = new Freed(0, f.roundedWatts());
                }
            }
            return best;
        }
    }

    /** @param demand the size of the shard to check (a plan may cut a workload in shards of different sizes) */
    static CandidateCheck of(Evaluation evaluation, WorkloadScreen screen, double demand, Pool pool, Freed freed) {
        Workload workload = screen.workload();
        ShardOnPool f = screen.assessAny(demand, pool);
        if (!f.staticBreaks().isEmpty()) {
            return new CandidateCheck(pool, f, f.staticBreaks().getFirst(), 0, null, 0, null, 0);
        }
        long shortAccel = 0;
        Period shortPeriod = null;
        long shortOthers = 0;
        double shortMw = 0;
        Period powerPeriod = null;
        long shortWatts = 0;
        long room = workload.shardCount();
        // The blocks' sentences are written once, for the worst period, after the loop (3 million checks at
        // 20,000 workloads wrote one per period that beat the last).
        for (Period p : f.periods()) {
            long others = evaluation.ledger.accelerators(pool.id(), p) - freed.accelerators();
            int count = evaluation.calculator.countIn(pool, p);
            long missing = others + f.accelerators() - count;
            room = Math.min(room, f.accelerators() == 0 ? room : Math.max(0, (count - others) / f.accelerators()));
            if (missing > shortAccel) {
                shortAccel = missing;
                shortPeriod = p;
                shortOthers = others;
            }
            Double cap = f.site().powerCapIn(p);
            if (cap != null) {
                long othersWatts = evaluation.ledger.watts(f.site().id(), p) - freed.watts();
                long watts = othersWatts + f.roundedWatts();
                long capWatts = ScoreUnits.capWatts(cap);
                room = Math.min(room, f.roundedWatts() == 0 ? room : Math.max(0, (capWatts - othersWatts) / f.roundedWatts()));
                double over = (watts - capWatts) / 1e6;
                if (over > shortMw) {
                    shortMw = over;
                    powerPeriod = p;
                    shortWatts = watts;
                }
            }
        }
        RuleBreak capacityBlock = shortPeriod == null ? null : new RuleBreak(HardRule.CAPACITY, "Capacity: pool "
                + pool.id() + " full in " + shortPeriod + " (" + number(shortOthers) + " of "
                + number(evaluation.calculator.countIn(pool, shortPeriod)) + " used; needs " + number(f.accelerators()) + ")");
        RuleBreak powerBlock = powerPeriod == null ? null : new RuleBreak(HardRule.POWER, "Power: site " + f.site().id()
                + " would need " + Evaluation.mw(shortWatts / 1e6) + " MW in " + powerPeriod + ", cap "
                + Evaluation.mw(f.site().powerCapIn(powerPeriod)) + " MW");
        RuleBreak block = capacityBlock != null ? capacityBlock : powerBlock;
        return new CandidateCheck(pool, f, block, shortAccel, shortPeriod, shortMw, powerPeriod,
                block == null ? (int) Math.max(1, room) : 0);
    }
}
