package com.capacityworkbench.model.scenario;

import java.util.List;

/** What may be bought: offers of cloud capacity, build-outs of self-built sites, and the providers' spend terms. */
public record PurchaseOptions(List<Offer> offers, List<BuildOut> buildOuts, List<SpendTerm> spendTerms) {

    /** A scenario with nothing to buy: it is placed on its pools only. */
    public static final PurchaseOptions NONE = new PurchaseOptions(List.of(), List.of(), List.of());

    public PurchaseOptions {
        offers = offers == null ? List.of() : List.copyOf(offers);
        buildOuts = buildOuts == null ? List.of() : List.copyOf(buildOuts);
        spendTerms = spendTerms == null ? List.of() : List.copyOf(spendTerms);
    }

    public boolean isEmpty() {
        return offers.isEmpty() && buildOuts.isEmpty() && spendTerms.isEmpty();
    }

    public PurchaseOptions withOffers(List<Offer> newOffers) {
        return new PurchaseOptions(newOffers, buildOuts, spendTerms);
    }

    public PurchaseOptions withBuildOuts(List<BuildOut> newBuildOuts) {
        return new PurchaseOptions(offers, newBuildOuts, spendTerms);
    }

    public PurchaseOptions withSpendTerms(List<SpendTerm> newSpendTerms) {
        return new PurchaseOptions(offers, buildOuts, newSpendTerms);
    }
}
