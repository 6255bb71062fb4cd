package com.capacityworkbench.solver.purchase;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SpendTerm;
import java.util.HashMap;
import java.util.Map;

/** What a provider's committed pools are paid over a spend term, used or not: part of its spend whatever is placed. */
public final class CommittedPayments {

    private CommittedPayments() {
    }

    public static double over(Scenario scenario, SpendTerm term, double periodHours) {
        Map<String, String> providerOfSite = new HashMap<>();
        for (Site site : scenario.sites()) {
            providerOfSite.put(site.id(), site.provider());
        }
        double usd = 0;
        for (Pool pool : scenario.pools()) {
            if (pool.pricing() != PricingKind.COMMITTED || !term.provider().equals(providerOfSite.get(pool.site()))) {
                continue;
            }
            for (Period p = term.from(); !p.isAfter(term.to()); p = p.plus(1)) {
                usd += pool.countIn(p) * pool.pricePerAccelHour() * periodHours;
            }
        }
        return usd;
    }
}
