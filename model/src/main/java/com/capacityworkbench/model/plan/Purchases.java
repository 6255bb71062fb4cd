package com.capacityworkbench.model.plan;

import java.util.List;

/** What a plan buys: the offers it takes and the build-outs it makes. */
public record Purchases(List<OfferTaken> offers, List<BuildOutTaken> buildOuts) {

    public static final Purchases NONE = new Purchases(List.of(), List.of());

    public Purchases {
        offers = List.copyOf(offers);
        buildOuts = List.copyOf(buildOuts);
    }

    /** Everything bought: the offers' commitments and the build-outs' capex. */
    public double totalUsd() {
        return offers.stream().mapToDouble(OfferTaken::committedUsd).sum()
                + buildOuts.stream().mapToDouble(BuildOutTaken::capexUsd).sum();
    }

    public boolean isEmpty() {
        return offers.isEmpty() && buildOuts.isEmpty();
    }
}
