package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A Build-outs row → a {@link BuildOut}. */
final class BuildOutRows {

    private BuildOutRows() {
    }

    static @Nullable BuildOut read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        String site = context.reference(row, "site", ContractSheet.SITES, row.requiredText("site"));
        Double megawatts = row.requiredNumber("megawatts", NumberRule.POSITIVE);
        Period earliest = row.period("earliest", context.periodLength(), true);
        Double capexPerMw = row.requiredNumber("capexPerMw", NumberRule.NON_NEGATIVE);
        Integer capexPeriods = row.requiredWholeNumber("capexPeriods", NumberRule.WHOLE_POSITIVE);
        List<String> accelerators = row.list("accelerators");
        accelerators.forEach(a -> context.reference(row, "accelerators", ContractSheet.ACCELERATORS, a));
        if (row.failed()) {
            return null;
        }
        return new BuildOut(id, site, megawatts, earliest, capexPerMw, capexPeriods, accelerators);
    }
}
