package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.SpendTerm;
import org.jspecify.annotations.Nullable;

/** A Spend terms row → a {@link SpendTerm}. */
final class SpendTermRows {

    private SpendTermRows() {
    }

    static @Nullable SpendTerm read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        String provider = context.reference(row, "provider", ContractSheet.PROVIDERS, row.requiredText("provider"));
        Period from = row.period("from", context.periodLength(), true);
        Period to = row.period("to", context.periodLength(), true);
        Double minimum = row.requiredNumber("minimumUsd", NumberRule.NON_NEGATIVE);
        Double maximum = row.number("maximumUsd", NumberRule.NON_NEGATIVE);
        if (row.failed()) {
            return null;
        }
        return new SpendTerm(id, provider, from, to, minimum, maximum);
    }
}
