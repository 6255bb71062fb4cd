package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.CommittedPayments;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SpendTerm;
import java.util.List;

/**
 * A spend cap is at least what its provider's committed pools cost over the term: they are paid whether used or not,
 * so a lower cap is broken by every plan (the hard rule Spend cap). Said here, with the figure to raise it to, rather
 * than in every solve's result.
 *
 * The figure is a sum over the scenario's pools and their periods, so the check runs only on a scenario with no other
 * problem, as the score's sizes do: a pool without its periods, or a term without its provider, has no such sum.
 */
final class SpendCapRules {

    private SpendCapRules() {
    }

    static void check(Scenario scenario, Problems problems) {
        List<SpendTerm> terms = scenario.purchaseOptions().spendTerms();
        for (int i = 0; i < terms.size(); i++) {
            SpendTerm term = terms.get(i);
            Double maximum = term.maximumUsd();
            if (maximum == null) {
                continue;
            }
            double committed = CommittedPayments.over(scenario, term);
            if (committed > maximum) {
                problems.add(Figure.SPEND_TERMS + "[" + i + "].maximumUsd", "is below what " + term.provider()
                        + "'s committed pools cost over " + Problems.range(term.from(), term.to())
                        + " whether used or not (" + Problems.grouped(Math.ceil(committed))
                        + "), so no plan can keep it; got " + Problems.grouped(maximum));
            }
        }
    }
}
