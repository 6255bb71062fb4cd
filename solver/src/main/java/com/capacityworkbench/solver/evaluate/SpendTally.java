package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.plan.HardViolation;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.scenario.CommittedPayments;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.SpendTerm;
import com.capacityworkbench.solver.domain.SpendLimit;
import com.capacityworkbench.solver.purchase.PurchaseTerms;
import com.capacityworkbench.solver.rules.HardRule;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.List;

/**
 * The providers' spend terms counted as the solver counts them: per term, what the plan pays the provider over its
 * periods (shards' hours spread over their windows, bought offers' commitments over their terms, committed pools);
 * a minimum not reached is paid as its shortfall, payments above a cap break the rule in thousands of dollars.
 */
final class SpendTally {

    private final Evaluation evaluation;
    private final List<PurchaseTally.OfferBought> offers;
    private final PurchaseTerms terms;

    SpendTally(Evaluation evaluation, List<PurchaseTally.OfferBought> offers, PurchaseTerms terms) {
        this.evaluation = evaluation;
        this.offers = offers;
        this.terms = terms;
    }

    void tally() {
        for (SpendTerm term : evaluation.scenario.purchaseOptions().spendTerms()) {
            long spend = ScoreUnits.dollars(CommittedPayments.over(evaluation.scenario, term));
            for (EvaluatedShard shard : evaluation.shards) {
                ShardOnPool f = shard.figures();
                if (f != null && f.provider().equals(term.provider()) && terms.offer(f.pool().id()) == null) {
                    spend = ScoreUnits.add(spend, SpendLimit.share(ScoreUnits.dollars(f.computeUsd()),
                            inTerm(f.periods(), term), f.periods().size()));
                }
            }
            for (PurchaseTally.OfferBought offer : offers) {
                if (offer.provider().equals(term.provider())) {
                    List<Period> covered = new ArrayList<>();
                    for (int i = 0; i < offer.termPeriods(); i++) {
                        covered.add(offer.first().plus(i));
                    }
                    spend = ScoreUnits.add(spend, SpendLimit.share(offer.committedUsd(), inTerm(covered, term),
                            offer.termPeriods()));
                }
            }
            long shortfall = Math.max(0, ScoreUnits.dollars(term.minimumUsd()) - spend);
            if (shortfall > 0) {
                evaluation.tally.cost = ScoreUnits.add(evaluation.tally.cost, shortfall);
                evaluation.commitments.add(new PurchaseTally.Commitment(term.provider(),
                        PurchaseTally.inHorizon(evaluation.scenario.horizon(), term.from(),
                                term.from().until(term.to()) + 1), shortfall));
            }
            if (term.maximumUsd() != null && spend > ScoreUnits.dollars(term.maximumUsd())) {
                long over = spend - ScoreUnits.dollars(term.maximumUsd());
                evaluation.tally.hard = ScoreUnits.add(evaluation.tally.hard, Math.ceilDiv(over, 1_000L));
                evaluation.violations.add(new HardViolation(HardRule.SPEND_CAP.label(), null, term.id(),
                        "Spend cap: " + term.provider() + " would be paid " + Money.format(spend) + " in " + term.from()
                                + " … " + term.to() + ", cap " + Money.format(term.maximumUsd())));
            }
        }
    }

    private static int inTerm(List<Period> periods, SpendTerm term) {
        int n = 0;
        for (Period p : periods) {
            if (!p.isBefore(term.from()) && !p.isAfter(term.to())) {
                n++;
            }
        }
        return n;
    }


}
