package com.capacityworkbench.model.plan;

/**
 * What {@code buy} answers: what to buy, the plan that places the work on it, and the figures of the best plan
 * without buying anything, to compare with.
 *
 * @param withoutBuying the KPIs of the placement-only plan, solved for as long
 */
public record PurchasePlan(Purchases purchases, Plan plan, Kpis withoutBuying) {
}
