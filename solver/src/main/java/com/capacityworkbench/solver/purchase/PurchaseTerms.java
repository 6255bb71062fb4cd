package com.capacityworkbench.solver.purchase;

import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.domain.BuildOutTerms;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the pools of an expanded scenario ({@link PurchasableCapacity}) cost to buy, by pool id: the solver's
 * problem and the plan evaluator read the same terms, so the score and the evaluation agree. A scenario that was not
 * expanded has no such pools and no terms: its purchase options are then data only.
 */
public record PurchaseTerms(Map<String, OfferTerms> offers, Map<String, BuildOutTerms> buildOuts) {

    public static final PurchaseTerms NONE = new PurchaseTerms(Map.of(), Map.of());

    public PurchaseTerms {
        offers = Map.copyOf(offers);
        buildOuts = Map.copyOf(buildOuts);
    }

    public static PurchaseTerms of(Scenario scenario) {
        if (scenario.purchaseOptions().isEmpty()) {
            return NONE;
        }
        Map<String, Pool> pools = new HashMap<>();
        scenario.pools().forEach(p -> pools.put(p.id(), p));
        double periodHours = scenario.horizon().length().hours();
        Map<String, OfferTerms> offers = new HashMap<>();
        for (Offer offer : scenario.purchaseOptions().offers()) {
            if (pools.containsKey(offer.id())) {
                long blockUsd = ScoreUnits.dollars(
                        offer.blockSize() * offer.pricePerAccelHour() * periodHours * offer.termPeriods());
                offers.put(offer.id(), new OfferTerms(offer.id(), offer.blockSize(), offer.minBlocks(),
                        offer.maxBlocks(), blockUsd, ScoreUnits.dollars(offer.upfrontUsd()), offer.termPeriods()));
            }
        }
        Map<String, BuildOutTerms> buildOuts = new HashMap<>();
        for (BuildOut step : scenario.purchaseOptions().buildOuts()) {
            BuildOutTerms terms = new BuildOutTerms(step.id(), ScoreUnits.dollars(step.capexUsd()));
            for (String type : step.accelerators()) {
                String id = BuildOutPools.poolId(step, type);
                if (pools.containsKey(id)) {
                    buildOuts.put(id, terms);
                }
            }
        }
        return new PurchaseTerms(offers, buildOuts);
    }

    public @Nullable OfferTerms offer(String poolId) {
        return offers.get(poolId);
    }

    public @Nullable BuildOutTerms buildOut(String poolId) {
        return buildOuts.get(poolId);
    }

    public boolean isEmpty() {
        return offers.isEmpty() && buildOuts.isEmpty();
    }
}
