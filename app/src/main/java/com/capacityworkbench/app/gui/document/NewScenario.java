package com.capacityworkbench.app.gui.document;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;

/** What File ▸ New starts from: an empty scenario over the next eight quarters. */
public final class NewScenario {

    private NewScenario() {
    }

    public static Scenario create(LocalDate today) {
        Period first = Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).plus(1);
        return new Scenario("Untitled scenario", null, new Horizon(first, first.plus(7)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Policies.defaults(), ConstraintWeights.defaults(), List.of());
    }
}
