package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A Pools row → a {@link Pool}. */
final class PoolRows {

    private PoolRows() {
    }

    static @Nullable Pool read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        String site = context.reference(row, "site", ContractSheet.SITES, row.requiredText("site"));
        String accelerator = context.reference(row, "accelerator", ContractSheet.ACCELERATORS,
                row.requiredText("accelerator"));
        Integer count = row.requiredWholeNumber("count", NumberRule.WHOLE_NON_NEGATIVE);
        Period from = row.period("from", context.periodLength(), true);
        Period to = row.period("to", context.periodLength(), true);
        PricingKind pricing = row.choice("pricing", PricingKind.class, PricingKind::parse, true);
        Double price = row.requiredNumber("pricePerAccelHour", NumberRule.NON_NEGATIVE);
        Map<Period, Integer> ramp = new LinkedHashMap<>();
        row.periodValues("countByPeriod", context.periodLength(), NumberRule.WHOLE_NON_NEGATIVE)
                .forEach((period, value) -> ramp.put(period, value.intValue()));
        if (row.failed()) {
            return null;
        }
        return new Pool(id, site, accelerator, count, from, to, pricing, price, ramp);
    }
}
