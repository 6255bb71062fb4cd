package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Prices moving one shard of the plan, like for like: the shard's own cost on both pools, and the
 * once-paid charges (data egress, porting) the move stops or starts paying. A charge other shards also
 * carry is paid either way, so it counts on neither side. Figures are rounded as the score rounds them.
 */
final class MoveCosts {

    private final Evaluation evaluation;
    /**
     * How many placed shards carry each charge; counted on first use, so light evaluations during a solve skip it,
     * and once for all the threads that explain a large plan's workloads in parallel.
     */
    private volatile @Nullable Carriers carriers;

    private record Carriers(Map<EgressCharge, Integer> egress, Map<PortingCharge, Integer> porting) {
    }

    MoveCosts(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    private Carriers carriers() {
        Carriers counted = carriers;
        if (counted == null) {
            synchronized (this) {
                counted = carriers;
                if (counted == null) {
                    counted = countCarriers();
                    carriers = counted;
                }
            }
        }
        return counted;
    }

    private Carriers countCarriers() {
        Map<EgressCharge, Integer> egress = new HashMap<>();
        Map<PortingCharge, Integer> porting = new HashMap<>();
        for (EvaluatedShard s : evaluation.shards) {
            if (s.figures() != null) {
                new LinkedHashSet<>(s.figures().egress()).forEach(c -> egress.merge(c, 1, Integer::sum));
                if (s.figures().porting() != null) {
                    porting.merge(s.figures().porting(), 1, Integer::sum);
                }
            }
        }
        return new Carriers(egress, porting);
    }

    /** The placed shard moved to a pool it fits on ({@code there} its figures there). */
    ShardMove move(EvaluatedShard shard, ShardOnPool there) {
        Carriers counted = carriers();
        Map<EgressCharge, Integer> egressCarriers = counted.egress();
        Map<PortingCharge, Integer> portingCarriers = counted.porting();
        ShardOnPool here = shard.figures();
        Set<EgressCharge> carried = new LinkedHashSet<>(here.egress());
        long costHere = own(here);
        for (EgressCharge c : carried) {
            costHere += egressCarriers.getOrDefault(c, 0) == 1 ? c.roundedUsd() : 0;
        }
        if (here.porting() != null && portingCarriers.getOrDefault(here.porting(), 0) == 1) {
            costHere += here.porting().roundedUsd();
        }
        long costThere = own(there);
        for (EgressCharge c : new LinkedHashSet<>(there.egress())) {
            int others = egressCarriers.getOrDefault(c, 0) - (carried.contains(c) ? 1 : 0);
            costThere += others == 0 ? c.roundedUsd() : 0;
        }
        if (there.porting() != null) {
            int others = portingCarriers.getOrDefault(there.porting(), 0) - (there.porting().equals(here.porting()) ? 1 : 0);
            costThere += others == 0 ? there.porting().roundedUsd() : 0;
        }
        boolean strict = evaluation.scenario.policies().firstRefusal() == FirstRefusalMode.STRICT;
        long hoursHere = strict && here.offPrimary() ? ScoreUnits.firstRefusalHours(shard.demand(), here.hours()) : 0;
        long hoursThere = strict && there.offPrimary() ? ScoreUnits.firstRefusalHours(shard.demand(), there.hours()) : 0;
        return new ShardMove(here.pool().id(), costHere, ScoreUnits.dollars(here.premiumUsd()), costThere,
                ScoreUnits.dollars(there.premiumUsd()), hoursHere - hoursThere,
                evaluation.violatingShards.containsKey(shard.key()));
    }

    /** Compute, energy and carbon, each rounded as the score counts them. */
    private static long own(ShardOnPool f) {
        return ScoreUnits.dollars(f.computeUsd()) + ScoreUnits.dollars(f.energyUsd()) + ScoreUnits.dollars(f.carbonUsd());
    }
}
