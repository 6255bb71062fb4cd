package com.capacityworkbench.app.gui.policies;

import com.capacityworkbench.app.gui.edit.CellCodec;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of the Policies & weights form, addressed like a validation path:
 * {@code name}, {@code horizon.first}, {@code policies.carbonPricePerTonne}, {@code weights.cost}.
 */
public record FormField(String path, String label, CellCodec<?> codec,
                        @Nullable Function<Scenario, List<String>> choices, String help) {
}
