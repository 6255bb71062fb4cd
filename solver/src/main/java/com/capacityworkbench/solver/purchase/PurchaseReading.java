package com.capacityworkbench.solver.purchase;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.BuildOutTaken;
import com.capacityworkbench.model.plan.OfferTaken;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.Purchases;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.domain.OfferTerms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads what a plan of an expanded scenario ({@link PurchasableCapacity}) buys from where its work runs: per offer
 * used, the blocks its busiest period needs and the term from the first period used; per build-out step with work
 * on its pools, its capex. The same arithmetic as the score's ({@link OfferTerms}), in dollars.
 */
public final class PurchaseReading {

    private PurchaseReading() {
    }

    public static Purchases of(Scenario expanded, Plan plan) {
        PurchaseTerms terms = PurchaseTerms.of(expanded);
        if (terms.isEmpty()) {
            return Purchases.NONE;
        }
        Map<String, List<Assignment>> byPool = new LinkedHashMap<>();
        for (Assignment a : plan.assignments()) {
            if (a.pool() != null) {
                byPool.computeIfAbsent(a.pool(), p -> new ArrayList<>()).add(a);
            }
        }
        double periodHours = expanded.horizon().length().hours();
        List<OfferTaken> offers = new ArrayList<>();
        for (Offer offer : expanded.purchaseOptions().offers()) {
            OfferTerms t = terms.offer(offer.id());
            List<Assignment> on = byPool.getOrDefault(offer.id(), List.of());
            if (t != null && !on.isEmpty()) {
                offers.add(taken(expanded, offer, t, on, periodHours));
            }
        }
        List<BuildOutTaken> buildOuts = new ArrayList<>();
        for (BuildOut step : expanded.purchaseOptions().buildOuts()) {
            TreeSet<String> pools = new TreeSet<>();
            TreeSet<String> workloads = new TreeSet<>();
            for (String type : step.accelerators()) {
                String id = BuildOutPools.poolId(step, type);
                List<Assignment> on = byPool.getOrDefault(id, List.of());
                if (!on.isEmpty()) {
                    pools.add(id);
                    on.forEach(a -> workloads.add(a.workload()));
                }
            }
            if (!pools.isEmpty()) {
                buildOuts.add(new BuildOutTaken(step.id(), step.site(), step.megawatts(), step.earliest(),
                        step.capexUsd(), List.copyOf(pools), List.copyOf(workloads)));
            }
        }
        return new Purchases(offers, buildOuts);
    }

    private static OfferTaken taken(Scenario expanded, Offer offer, OfferTerms terms, List<Assignment> on,
            double periodHours) {
        Map<Period, Long> used = new TreeMap<>();
        TreeSet<String> workloads = new TreeSet<>();
        for (Assignment a : on) {
            workloads.add(a.workload());
            for (Period p = a.from(); !p.isAfter(a.to()); p = p.plus(1)) {
                used.merge(p, (long) a.accelerators(), Long::sum);
            }
        }
        long peak = used.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long blocks = terms.blocksFor(peak);
        long accelerators = blocks * offer.blockSize();
        Period from = used.isEmpty() ? offer.firstStart(expanded.horizon()) : ((TreeMap<Period, Long>) used).firstKey();
        Period to = from.plus(offer.termPeriods() - 1);
        double committed = accelerators * offer.pricePerAccelHour() * periodHours * offer.termPeriods()
                + offer.upfrontUsd();
        Map<Period, Double> share = new TreeMap<>();
        for (Period p = from; !p.isAfter(to); p = p.plus(1)) {
            if (expanded.horizon().contains(p)) {
                share.put(p, accelerators == 0 ? 0 : (double) used.getOrDefault(p, 0L) / accelerators);
            }
        }
        return new OfferTaken(offer.id(), offer.provider(), offer.site(), offer.accelerator(), blocks, accelerators, from,
                to, committed, share, List.copyOf(workloads));
    }
}
