package com.capacityworkbench.formats.excel;

import static java.util.Objects.requireNonNullElse;

import com.capacityworkbench.model.scenario.FieldDefaults;
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
        Double inCloud = row.number("inCloudGbps", NumberRule.POSITIVE);
        if (row.failed()) {
            return null;
        }
        return new Provider(id, kind, requireNonNullElse(sameProvider, FieldDefaults.EGRESS_PER_GB),
                requireNonNullElse(crossCloud, FieldDefaults.EGRESS_PER_GB), notes,
                requireNonNullElse(inCloud, FieldDefaults.IN_CLOUD_GBPS));
    }
}
