package com.capacityworkbench.solver.evaluate;

import static com.capacityworkbench.solver.rules.PlacementCalculator.number;

import com.capacityworkbench.model.plan.HardViolation;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.solver.domain.BuildOutTerms;
import com.capacityworkbench.solver.domain.OfferTerms;
import com.capacityworkbench.solver.purchase.PurchaseTerms;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a plan's purchases add to its score, counted as the solver's purchase rules count them: per offer, the
 * blocks its busiest period needs for the whole term less what its shards' hours pay, and the periods used beyond
 * one purchase's term; per build-out step, its capex once any pool it houses is used.
 */
final class PurchaseTally {

    /**
     * A purchase's cost beyond what its work's hours pay, and the periods of the horizon it is shown in (a term or a
     * capex spread that runs past the horizon is shown in the periods inside it, so the plan's total is the score's).
     */
    record Commitment(String provider, List<Period> periods, long usd) {
    }

    /** An offer the plan buys, as a spend term counts it: its whole commitment over its term from the first period used. */
    record OfferBought(String provider, long committedUsd, Period first, int termPeriods) {
    }

    /** The offers bought, once {@link #tally} has run. */
    final List<OfferBought> bought = new ArrayList<>();

    private final Evaluation evaluation;
    private final PurchaseTerms terms;

    PurchaseTally(Evaluation evaluation, PurchaseTerms terms) {
        this.evaluation = evaluation;
        this.terms = terms;
    }

    void tally() {
        if (terms.isEmpty()) {
            return;
        }
        Map<String, List<EvaluatedShard>> byPool = evaluation.placedBy(s -> s.figures().pool().id());
        Set<BuildOutTerms> built = new HashSet<>();
        byPool.forEach((pool, shards) -> {
            OfferTerms offer = terms.offer(pool);
            if (offer != null) {
                offer(pool, offer, shards);
            }
            BuildOutTerms step = terms.buildOut(pool);
            if (step != null && built.add(step)) {
                evaluation.tally.cost = ScoreUnits.add(evaluation.tally.cost, step.capexUsd());
                String provider = shards.getFirst().figures().provider();
                evaluation.commitments.add(new Commitment(provider, capexPeriods(step), step.capexUsd()));
            }
        });
    }

    /** The periods of the horizon a step's capex is spread over: from its first period, as many as the step says. */
    private List<Period> capexPeriods(BuildOutTerms step) {
        BuildOut buildOut = evaluation.scenario.purchaseOptions().buildOuts().stream()
                .filter(b -> b.id().equals(step.buildOut())).findFirst().orElseThrow();
        return inHorizon(buildOut.earliest(), buildOut.capexPeriods());
    }

    private List<Period> inHorizon(Period from, int periods) {
        return inHorizon(evaluation.scenario.horizon(), from, periods);
    }

    /**
     * The periods from {@code from} on, {@code periods} of them, that lie in the horizon: where a commitment is shown.
     * None there (a term wholly past it) shows it in the horizon's last period, so the plan's total stays the score's.
     */
    static List<Period> inHorizon(Horizon horizon, Period from, int periods) {
        List<Period> covered = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            Period p = from.plus(i);
            if (horizon.contains(p)) {
                covered.add(p);
            }
        }
        return covered.isEmpty() ? List.of(horizon.last()) : covered;
    }


    private void offer(String pool, OfferTerms offer, List<EvaluatedShard> shards) {
        List<Period> used = Evaluation.periodsOf(shards);
        long peak = 0;
        for (Period p : used) {
            peak = Math.max(peak, evaluation.ledger.accelerators(pool, p));
        }
        long paid = 0;
        for (EvaluatedShard s : shards) {
            paid = ScoreUnits.add(paid, ScoreUnits.dollars(s.figures().computeUsd()));
        }
        long unused = Math.max(0, offer.committedUsd(peak) - paid);
        bought.add(new OfferBought(shards.getFirst().figures().provider(), offer.committedUsd(peak), used.getFirst(),
                offer.termSlots()));
        evaluation.tally.cost = ScoreUnits.add(evaluation.tally.cost, unused);
        Period first = used.getFirst();
        if (unused > 0) {
            evaluation.commitments.add(new Commitment(shards.getFirst().figures().provider(),
                    inHorizon(first, offer.termSlots()), unused));
        }
        Period last = used.getLast();
        long beyond = first.until(last) + 1 - offer.termSlots();
        if (beyond > 0) {
            evaluation.tally.hard = ScoreUnits.add(evaluation.tally.hard, beyond);
            String message = "Offer term: " + offer.offer() + " used from " + first + " to " + last + " ("
                    + number(first.until(last) + 1) + " periods); one purchase covers " + number(offer.termSlots());
            evaluation.violations.add(new HardViolation(HardRule.OFFER_TERM.label(), null, pool, message));
            shards.forEach(s -> evaluation.violatingShards.putIfAbsent(s.key(), message));
        }
    }
}
