package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.validation.Figure;
import java.util.Locale;

/** The range of a column's or setting's numbers as the workbook writes them, for the template's instructions. */
final class RangeText {

    private RangeText() {
    }

    /** The range of a scenario field, e.g. ("workloads", "demand"); blank for a field without one. */
    static String of(String collection, String component) {
        return Figure.of(collection, component)
                // The workbook writes host overhead in percent; the scenario keeps the fraction.
                .map(f -> f == Figure.HOST_OVERHEAD
                        ? String.format(Locale.US, "0 to %,.0f %%", f.max() * 100) : f.describe())
                .orElse("");
    }

    /** The range of a setting's value: its path is the field it fills, e.g. "policies.carbonPricePerTonne". */
    static String ofSetting(SettingsKey key) {
        int dot = key.path().indexOf('.');
        return dot < 0 ? "" : of(key.path().substring(0, dot), key.path().substring(dot + 1));
    }
}
