package com.capacityworkbench.formats.excel;

/**
 * The keys of the Settings sheet, for the other face of the same settings (the desktop app's Policies & weights
 * form): a setting is named as the sheet names it, from the one list the workbook reader, writer and template use.
 */
public final class ContractSettings {

    private ContractSettings() {
    }

    /** The key of the setting a scenario path fills, e.g. "Carbon price ($/tCO2e)" for policies.carbonPricePerTonne. */
    public static String key(String path) {
        return setting(path).key();
    }

    /** What the setting's value is: the kind of field the form edits it with. */
    public static ValueKind kind(String path) {
        return setting(path).kind();
    }

    private static SettingsKey setting(String path) {
        for (SettingsKey key : SettingsKey.values()) {
            if (key.path().equals(path)) {
                return key;
            }
        }
        throw new IllegalArgumentException("no key of the Settings sheet holds " + path);
    }
}
