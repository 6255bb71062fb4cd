package com.capacityworkbench.model.plan;

import java.util.List;

/**
 * What {@code buy} answers: what to buy, the plan that places the work on it, the figures of the best plan without
 * buying anything, and the plans between (the budget curve, from buying nothing to buying all the work needs).
 *
 * @param withoutBuying the KPIs of the placement-only plan, solved for as long
 * @param curve         by budget, lowest first; empty when none was asked for
 * @param notBought     every offer and build-out step the plan does not buy, with why
 * @param oneLess       per purchase, what one block less (a step not made) does, re-solved
 */
public record PurchasePlan(Purchases purchases, Plan plan, Kpis withoutBuying, List<BudgetPoint> curve,
        List<NotBought> notBought, List<OneLess> oneLess) {

    public PurchasePlan {
        curve = curve == null ? List.of() : List.copyOf(curve);
        notBought = notBought == null ? List.of() : List.copyOf(notBought);
        oneLess = oneLess == null ? List.of() : List.copyOf(oneLess);
    }
}
