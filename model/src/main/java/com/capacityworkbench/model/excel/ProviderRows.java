package com.capacityworkbench.model.excel;

import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import org.jspecify.annotations.Nullable;

/** A Providers row → a {@link Provider}. */
final class ProviderRows {

    private ProviderRows() {
    }

    static @Nullable Provider read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        ProviderKind kind = row.choice("kind", ProviderKind.class, ProviderKind::parse, true);
        Double sameProvider = row.number("egressSameProviderPerGb", NumberRule.NON_NEGATIVE);
        Double crossCloud = row.number("egressCrossCloudPerGb", NumberRule.NON_NEGATIVE);
        String notes = row.text("notes");
        if (row.failed()) {
            return null;
        }
        return new Provider(id, kind, orZero(sameProvider), orZero(crossCloud), notes);
    }

    static double orZero(@Nullable Double value) {
        return value == null ? 0 : value;
    }
}
