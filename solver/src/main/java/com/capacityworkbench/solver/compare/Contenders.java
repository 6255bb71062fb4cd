package com.capacityworkbench.solver.compare;

import com.capacityworkbench.model.plan.Kpis;
import java.util.List;

/**
 * Which plans of a comparison may be called best on a KPI: a plan that breaks more hard rules, or leaves more demand
 * unplaced, than another is not the better plan for costing less or emitting less. It does less.
 */
final class Contenders {

    private static final double TIE = 1e-6;

    private Contenders() {
    }

    /** The plans with the fewest broken hard rules. */
    static boolean[] fewestViolations(List<Kpis> plans) {
        double fewest = plans.stream().mapToDouble(Kpis::hardViolations).min().orElse(0);
        boolean[] contenders = new boolean[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            contenders[i] = plans.get(i).hardViolations() <= fewest;
        }
        return contenders;
    }

    /** Of the plans in {@code among}, those leaving the least demand unplaced. */
    static boolean[] leastUnplacedAmong(List<Kpis> plans, boolean[] among) {
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < plans.size(); i++) {
            if (among[i]) {
                least = Math.min(least, plans.get(i).totalUnplacedDemand());
            }
        }
        boolean[] contenders = new boolean[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            contenders[i] = among[i] && plans.get(i).totalUnplacedDemand() <= least + TIE * Math.max(1, least);
        }
        return contenders;
    }
}
