package com.capacityworkbench.app.gui.policies;

import com.capacityworkbench.app.gui.edit.CellCodec;
import com.capacityworkbench.formats.excel.ValueKind;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of the Policies & weights form, addressed like a validation path:
 * {@code name}, {@code horizon.first}, {@code policies.carbonPricePerTonne}, {@code weights.cost}; its kind is the
 * Settings sheet's for the key, and its codec and choices follow from it.
 */
public record FormField(String path, String label, ValueKind kind, CellCodec<?> codec,
                        @Nullable Function<Scenario, List<String>> choices, boolean freeText, String help) {

    /** A text of sentences, read whole in several wrapped lines rather than cut in one (the scenario's description). */
    public boolean prose() {
        return "description".equals(path);
    }
}
