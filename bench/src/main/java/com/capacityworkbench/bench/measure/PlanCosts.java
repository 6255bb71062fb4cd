package com.capacityworkbench.bench.measure;

import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.purchase.PurchaseReading;

/**
 * What a plan costs in dollars, as the product reports it: the KPIs' total cost (commitments included) and what its
 * purchases commit ({@code buy}'s "What to buy" total: the offers' blocks for their terms with upfront payments, and
 * the build-out steps' capex).
 *
 * @param unplacedDemand the KPIs' unplaced demand, reference accelerators (not weighted by priority)
 */
public record PlanCosts(double totalCostUsd, double purchaseUsd, double unplacedDemand) {

    public static PlanCosts of(Scenario scenario, Plan plan) {
        return new PlanCosts(plan.kpis().totalCostUsd(), PurchaseReading.of(scenario, plan).totalUsd(),
                plan.kpis().totalUnplacedDemand());
    }
}
