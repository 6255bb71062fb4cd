package com.capacityworkbench.model.plan;

/** One part of what a workload costs where it sits, e.g. compute 1,024 H100 × 2,192 h × $2.10. */
public record CostPart(CostCategory category, double usd, String detail) {
}
