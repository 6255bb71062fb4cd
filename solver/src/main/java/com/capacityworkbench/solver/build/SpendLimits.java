package com.capacityworkbench.solver.build;

import com.capacityworkbench.model.scenario.CommittedPayments;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SpendTerm;
import com.capacityworkbench.solver.domain.PeriodSlot;
import com.capacityworkbench.solver.domain.SpendLimit;
import com.capacityworkbench.solver.rules.ScoreUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The scenario's spend terms on the solver's time axis, each with what the provider's committed pools pay in it. */
final class SpendLimits {

    private SpendLimits() {
    }

    static List<SpendLimit> of(Scenario scenario, Map<Period, PeriodSlot> slots) {
        List<SpendLimit> limits = new ArrayList<>();
        for (SpendTerm term : scenario.purchaseOptions().spendTerms()) {
            int from = Integer.MAX_VALUE;
            int to = -1;
            for (Period p = term.from(); !p.isAfter(term.to()); p = p.plus(1)) {
                PeriodSlot slot = slots.get(p);
                if (slot != null) {
                    from = Math.min(from, slot.index());
                    to = Math.max(to, slot.index());
                }
            }
            if (to < 0) {
                continue; // a term outside every period the plan has: nothing in it to pay or to count
            }
            long maximum = term.maximumUsd() == null ? Long.MAX_VALUE : ScoreUnits.dollars(term.maximumUsd());
            limits.add(new SpendLimit(term.id(), term.provider(), from, to, ScoreUnits.dollars(term.minimumUsd()),
                    maximum, ScoreUnits.dollars(CommittedPayments.over(scenario, term))));
        }
        return limits;
    }
}
