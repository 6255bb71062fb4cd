package com.capacityworkbench.model.plan;

/**
 * One plan of a budget curve: solved with at most {@code budgetUsd} committed to purchases, what it commits, the
 * demand it leaves unplaced and what it costs in all.
 *
 * @param unplacedDemand reference accelerators left unplaced, summed over priorities
 */
public record BudgetPoint(double budgetUsd, double committedUsd, double unplacedDemand, int unplacedWorkloads,
        int firstRefusalElsewhere, double totalCostUsd, Purchases purchases) {

    public static BudgetPoint of(double budgetUsd, Purchases purchases, Kpis kpis) {
        return new BudgetPoint(budgetUsd, purchases.totalUsd(),
                kpis.totalUnplacedDemand(),
                kpis.unplacedWorkloads(), kpis.firstRefusalElsewhere(), kpis.totalCostUsd(), purchases);
    }
}
