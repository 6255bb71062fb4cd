package com.capacityworkbench.formats.excel;

import static java.util.Objects.requireNonNullElse;

import com.capacityworkbench.model.scenario.FieldDefaults;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import org.jspecify.annotations.Nullable;

/** An Accelerators row → an {@link AcceleratorType}. */
final class AcceleratorRows {

    private AcceleratorRows() {
    }

    static @Nullable AcceleratorType read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        String vendor = row.requiredText("vendor");
        SoftwareFamily family = row.choice("family", SoftwareFamily.class, SoftwareFamily::parse, true);
        Double memory = row.requiredNumber("memoryGb", NumberRule.POSITIVE);
        Double tdp = row.requiredNumber("tdpW", NumberRule.POSITIVE);
        Double training = row.number("trainingFactor", NumberRule.POSITIVE);
        Double inference = row.number("inferenceFactor", NumberRule.POSITIVE);
        Double latency = row.number("servingLatencyMs", NumberRule.NON_NEGATIVE);
        if (row.failed()) {
            return null;
        }
        return new AcceleratorType(id, vendor, family, memory, tdp,
                requireNonNullElse(training, FieldDefaults.THROUGHPUT_FACTOR),
                requireNonNullElse(inference, FieldDefaults.THROUGHPUT_FACTOR),
                requireNonNullElse(latency, FieldDefaults.SERVING_LATENCY_MS));
    }
}
