package com.capacityworkbench.solver.buy;

import com.capacityworkbench.model.plan.BuildOutTaken;
import com.capacityworkbench.model.plan.OfferTaken;
import com.capacityworkbench.model.plan.Purchases;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario with one purchase of a plan taken away: an offer with one block fewer on sale than the plan took (left
 * out when that is below its minimum), or a build-out step left out.
 *
 * @param what         in words: "3 blocks instead of 4", "without it"
 * @param committedUsd what the purchase commits (a step: its capex): the largest are re-solved first
 */
record FewerPurchases(String purchase, String what, Scenario scenario, double committedUsd) {

    static List<FewerPurchases> of(Scenario scenario, Purchases bought) {
        PurchaseOptions options = scenario.purchaseOptions();
        List<FewerPurchases> cases = new ArrayList<>();
        for (OfferTaken taken : bought.offers()) {
            List<Offer> offers = new ArrayList<>();
            String what = "without it";
            for (Offer o : options.offers()) {
                if (!o.id().equals(taken.offer())) {
                    offers.add(o);
                } else if (taken.blocks() - 1 >= Math.max(1, o.minBlocks())) {
                    int fewer = (int) taken.blocks() - 1;
                    offers.add(new Offer(o.id(), o.provider(), o.site(), o.accelerator(), o.blockSize(), o.minBlocks(),
                            fewer, o.earliestStart(), o.leadTimePeriods(), o.termPeriods(), o.pricePerAccelHour(),
                            o.upfrontUsd()));
                    what = fewer + (fewer == 1 ? " block" : " blocks") + " instead of " + taken.blocks();
                }
            }
            cases.add(new FewerPurchases(taken.label(), what, scenario.withPurchaseOptions(options.withOffers(offers)),
                    taken.committedUsd()));
        }
        for (BuildOutTaken taken : bought.buildOuts()) {
            List<BuildOut> steps = options.buildOuts().stream().filter(b -> !b.id().equals(taken.buildOut())).toList();
            cases.add(new FewerPurchases(taken.label(), "without it",
                    scenario.withPurchaseOptions(options.withBuildOuts(steps)), taken.capexUsd()));
        }
        return cases;
    }
}
