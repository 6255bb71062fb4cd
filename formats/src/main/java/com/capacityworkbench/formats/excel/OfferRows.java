package com.capacityworkbench.formats.excel;

import static java.util.Objects.requireNonNullElse;

import com.capacityworkbench.model.scenario.FieldDefaults;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import org.jspecify.annotations.Nullable;

/** An Offers row → an {@link Offer}. */
final class OfferRows {

    private OfferRows() {
    }

    static @Nullable Offer read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        String provider = context.reference(row, "provider", ContractSheet.PROVIDERS, row.requiredText("provider"));
        String site = context.reference(row, "site", ContractSheet.SITES, row.requiredText("site"));
        String accelerator = context.reference(row, "accelerator", ContractSheet.ACCELERATORS,
                row.requiredText("accelerator"));
        Integer blockSize = row.requiredWholeNumber("blockSize", NumberRule.WHOLE_POSITIVE);
        Integer minBlocks = row.wholeNumber("minBlocks", NumberRule.WHOLE_NON_NEGATIVE);
        Integer maxBlocks = row.requiredWholeNumber("maxBlocks", NumberRule.WHOLE_POSITIVE);
        Period earliestStart = row.period("earliestStart", context.periodLength(), true);
        Integer leadTime = row.wholeNumber("leadTimePeriods", NumberRule.WHOLE_NON_NEGATIVE);
        Integer term = row.requiredWholeNumber("termPeriods", NumberRule.WHOLE_POSITIVE);
        Double price = row.requiredNumber("pricePerAccelHour", NumberRule.NON_NEGATIVE);
        Double upfront = row.number("upfrontUsd", NumberRule.NON_NEGATIVE);
        if (row.failed()) {
            return null;
        }
        return new Offer(id, provider, site, accelerator, blockSize,
                requireNonNullElse(minBlocks, FieldDefaults.MIN_BLOCKS), maxBlocks, earliestStart,
                requireNonNullElse(leadTime, FieldDefaults.LEAD_TIME_PERIODS), term, price,
                requireNonNullElse(upfront, FieldDefaults.UPFRONT_USD));
    }
}
