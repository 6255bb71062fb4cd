package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.model.plan.BudgetPoint;
import com.capacityworkbench.model.plan.Plan;

/** A point of the budget curve with the plan solved for it, which a click on the point opens. */
public record BudgetPlan(BudgetPoint point, Plan plan) {
}
