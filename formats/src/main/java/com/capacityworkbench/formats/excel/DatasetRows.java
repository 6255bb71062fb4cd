package com.capacityworkbench.formats.excel;

import static java.util.Objects.requireNonNullElse;

import com.capacityworkbench.model.scenario.FieldDefaults;
import com.capacityworkbench.model.scenario.Dataset;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;

/** A Datasets row → a {@link Dataset}. */
final class DatasetRows {

    private DatasetRows() {
    }

    static @Nullable Dataset read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        Double size = row.requiredNumber("sizeTb", NumberRule.NON_NEGATIVE);
        String home = context.reference(row, "homeSite", ContractSheet.SITES, row.requiredText("homeSite"));
        var jurisdictions = new LinkedHashSet<>(row.list("allowedJurisdictions"));
        Boolean mayLeave = row.flag("mayLeaveProvider");
        if (row.failed()) {
            return null;
        }
        return new Dataset(id, size, home, jurisdictions, requireNonNullElse(mayLeave, FieldDefaults.MAY_LEAVE_PROVIDER));
    }
}
