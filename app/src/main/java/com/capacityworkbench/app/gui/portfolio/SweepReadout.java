package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.PoolSpread;
import com.capacityworkbench.model.portfolio.SweepResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the Portfolio screen's line and tables say about a sweep, worked out here so the views only show it: the
 * spread in one line, the workloads at risk, the pools' utilisation and idle commitment in the order to read them.
 */
public final class SweepReadout {

    /** One workload's odds over the futures: of going unplaced, of moving to other pools. */
    public record WorkloadRisk(String workload, double unplaced, double moved) {
    }

    private SweepReadout() {
    }

    /** "Total cost  P10 $4.2B · P50 … ref. accelerators × priority      37 of 100 futures"; empty without futures. */
    public static String summary(@Nullable SweepResult sweep) {
        if (sweep == null || sweep.samples().isEmpty()) {
            return "";
        }
        KpiSpread cost = sweep.totalCost();
        KpiSpread unplaced = sweep.unplacedDemand();
        return "Total cost  P10 " + Figure.TOTAL_COST.format(cost.p10()) + " · P50 "
                + Figure.TOTAL_COST.format(cost.p50()) + " · P90 " + Figure.TOTAL_COST.format(cost.p90())
                + "      Unplaced demand  P10 " + Figure.UNPLACED_DEMAND.format(unplaced.p10()) + " · P50 "
                + Figure.UNPLACED_DEMAND.format(unplaced.p50()) + " · P90 "
                + Figure.UNPLACED_DEMAND.format(unplaced.p90()) + " ref. accelerators × priority      "
                + (sweep.complete() ? sweep.samples().size() + " futures"
                : sweep.samples().size() + " of " + sweep.settings().samples() + " futures");
    }

    /** Workloads unplaced in some future, most at risk first, then those that only move. */
    public static List<WorkloadRisk> workloads(@Nullable SweepResult sweep) {
        if (sweep == null) {
            return List.of();
        }
        Map<String, Double> unplaced = sweep.unplacedOdds();
        Map<String, Double> moved = sweep.movedOdds();
        List<WorkloadRisk> risks = new ArrayList<>();
        unplaced.forEach((w, odds) -> risks.add(new WorkloadRisk(w, odds, moved.getOrDefault(w, 0.0))));
        moved.forEach((w, odds) -> {
            if (!unplaced.containsKey(w)) {
                risks.add(new WorkloadRisk(w, 0, odds));
            }
        });
        return risks;
    }

    /** Every pool of the futures: the most money sitting idle first, then the fullest — both ends of a commitment. */
    public static List<PoolSpread> pools(@Nullable SweepResult sweep) {
        if (sweep == null) {
            return List.of();
        }
        List<PoolSpread> rows = new ArrayList<>(sweep.pools());
        rows.sort(Comparator.comparingDouble((PoolSpread r) -> -r.idle().p50())
                .thenComparingDouble(r -> -r.utilisationAt(KpiSpread::p50)));
        return rows;
    }
}
