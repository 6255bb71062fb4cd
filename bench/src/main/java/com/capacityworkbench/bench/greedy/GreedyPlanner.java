package com.capacityworkbench.bench.greedy;

import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.bench.problem.ShardChoices;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.purchase.PurchaseTerms;
import com.capacityworkbench.solver.rules.EgressCharge;
import com.capacityworkbench.solver.rules.PortingCharge;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The plan a careful spreadsheet planner makes: workloads by priority (then the biggest first), each
 * shard on the cheapest pool that still has room and power in every period of its window. "Cheapest"
 * counts what this shard adds: its own compute, energy and carbon, the first-refusal premium, and egress
 * or porting not yet paid by an earlier shard. In strict first-refusal mode the primary comes first;
 * latency above target breaks ties. A shard that fits nowhere stays unplaced. Never breaks a hard rule.
 * It buys nothing: offers and build-out steps of an expanded scenario are left alone (pricing whole blocks for a
 * term is beyond a shard-by-shard rule), so on a purchase case it is the plan of the inventory alone.
 */
public final class GreedyPlanner {

    private static final Comparator<ShardChoices> PLANNING_ORDER = Comparator
            .comparingInt((ShardChoices s) -> s.workload().priority()).reversed()
            .thenComparing(Comparator.comparingDouble((ShardChoices s) -> s.workload().demand()).reversed())
            .thenComparing(s -> s.workload().id())
            .thenComparingInt(ShardChoices::shard);

    private final boolean strictFirstRefusal;
    private final PurchaseTerms purchases;
    private final CapacityLedger ledger = new CapacityLedger();
    private final Set<EgressCharge> paidEgress = new HashSet<>();
    private final Set<PortingCharge> paidPorting = new HashSet<>();

    private GreedyPlanner(Scenario scenario) {
        this.strictFirstRefusal = scenario.policies().firstRefusal() == FirstRefusalMode.STRICT;
        this.purchases = PurchaseTerms.of(scenario);
    }

    public static List<Assignment> plan(Scenario scenario) {
        return plan(PlacementProblem.of(scenario));
    }

    public static List<Assignment> plan(PlacementProblem problem) {
        GreedyPlanner planner = new GreedyPlanner(problem.scenario());
        List<ShardChoices> order = new ArrayList<>(problem.shards());
        order.sort(PLANNING_ORDER);
        List<Assignment> assignments = new ArrayList<>(order.size());
        for (ShardChoices shard : order) {
            assignments.add(PlacementProblem.assignment(shard, planner.place(shard)));
        }
        return assignments;
    }

    private @Nullable ShardOnPool place(ShardChoices shard) {
        ShardOnPool best = null;
        for (ShardOnPool on : shard.options()) {
            if ((best == null || preferred(on, best)) && ledger.fits(on) && !bought(on)) {
                best = on;
            }
        }
        if (best != null) {
            ledger.take(best);
            paidEgress.addAll(best.egress());
            if (best.porting() != null) {
                paidPorting.add(best.porting());
            }
        }
        return best;
    }

    private boolean bought(ShardOnPool on) {
        return purchases.offer(on.pool().id()) != null || purchases.buildOut(on.pool().id()) != null;
    }

    private boolean preferred(ShardOnPool a, ShardOnPool b) {
        if (strictFirstRefusal && a.offPrimary() != b.offPrimary()) {
            return !a.offPrimary();
        }
        int byCost = Double.compare(addedCost(a), addedCost(b));
        if (byCost != 0) {
            return byCost < 0;
        }
        int byLatency = Double.compare(a.latencyOverMs(), b.latencyOverMs());
        return byLatency != 0 ? byLatency < 0 : a.pool().id().compareTo(b.pool().id()) < 0;
    }

    private double addedCost(ShardOnPool on) {
        double cost = on.ownCostUsd() + on.premiumUsd();
        for (EgressCharge charge : on.egress()) {
            if (!paidEgress.contains(charge)) {
                cost += charge.usd();
            }
        }
        PortingCharge porting = on.porting();
        return porting != null && !paidPorting.contains(porting) ? cost + porting.usd() : cost;
    }
}
