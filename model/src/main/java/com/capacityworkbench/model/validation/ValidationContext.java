package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * What every rule group needs: the scenario, its index, the problems found so far, and the horizon
 * when it is usable (null when it is missing, reversed or mixes quarters and months).
 */
record ValidationContext(Scenario scenario, ScenarioIndex index, @Nullable Horizon horizon, Problems problems) {
}
