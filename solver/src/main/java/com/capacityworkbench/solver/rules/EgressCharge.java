package com.capacityworkbench.solver.rules;

/**
 * Moving one dataset from its home site to a destination site, paid once however many shards read it
 * there. Equality is by dataset and destination, so identical charges collapse into one.
 *
 * @param payer      the provider of the dataset's home site, who bills the egress
 * @param priceClass "same provider" or "cross-cloud"
 */
public record EgressCharge(String dataset, String destinationSite, String payer, String priceClass, double usd) {

    /** Whole dollars, as the score counts them. */
    public long roundedUsd() {
        return ScoreUnits.dollars(usd);
    }
}
