package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.PeriodLength;
import com.capacityworkbench.model.scenario.Policies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the Settings sheet says. Parts are null when their cells were wrong (already reported).
 *
 * @param periodLength the horizon's period length, known even when the periods themselves are wrong,
 *                     so the other sheets' periods can still be checked
 * @param locations    the Value cell of each key present, for mapping validation problems back
 */
record ScenarioSettings(
        @Nullable String name,
        @Nullable String description,
        @Nullable Horizon horizon,
        PeriodLength periodLength,
        @Nullable Policies policies,
        @Nullable ConstraintWeights weights,
        Map<SettingsKey, String> locations) {
}
