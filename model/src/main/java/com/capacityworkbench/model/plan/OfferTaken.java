package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Period;
import java.util.List;
import java.util.Map;

/**
 * An offer a plan buys: whole blocks, from the first period its work runs there, for the offer's term.
 *
 * @param accelerators blocks × block size
 * @param committedUsd every block for the whole term, plus the upfront payment: paid whether used or not
 * @param usedShare    per period of the term inside the horizon, the share of the bought accelerators in use
 * @param workloads    the workloads it serves
 */
public record OfferTaken(String offer, String provider, String site, String accelerator, long blocks,
        long accelerators, Period from, Period to, double committedUsd, Map<Period, Double> usedShare,
        List<String> workloads) {

    public OfferTaken {
        usedShare = Map.copyOf(usedShare);
        workloads = List.copyOf(workloads);
    }

    /** The share of the bought accelerators in use in the busiest period of the term; 0 when none is used. */
    public double busiestUse() {
        return usedShare.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** "offer az-scus-gb200": how the answer names it (its worth, the Purchases screen). */
    public String label() {
        return "offer " + offer;
    }
}
