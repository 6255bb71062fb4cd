package com.capacityworkbench.solver.score;

import com.capacityworkbench.solver.domain.BuildOutTerms;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.domain.PlacementPool;

/**
 * One purchase a plan commits to, keyed by what is bought: an offer's blocks for their term (and upfront payment),
 * or a build-out step's capex, which the step's pools share (equal commitments of one step count once).
 */
record Commitment(String purchase, long usd) {

    static Commitment of(PlacementPool pool, OfferUse use) {
        OfferTerms offer = pool.getOffer();
        if (offer != null) {
            return new Commitment("offer " + offer.offer(), offer.committedUsd(use.peak()));
        }
        BuildOutTerms step = pool.getBuildOut();
        return new Commitment("build-out " + step.buildOut(), step.capexUsd());
    }
}
