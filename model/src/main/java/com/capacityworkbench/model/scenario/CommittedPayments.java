package com.capacityworkbench.model.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * What a provider's committed pools are paid over a spend term, used or not: part of its spend whatever is placed (the
 * score's spend rules), and the least a cap on it can be (validation).
 */
public final class CommittedPayments {

    private CommittedPayments() {
    }

    public static double over(Scenario scenario, SpendTerm term) {
        double periodHours = scenario.horizon().length().hours();
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
