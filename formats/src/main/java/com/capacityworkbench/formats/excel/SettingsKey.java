package com.capacityworkbench.formats.excel;

import static com.capacityworkbench.formats.excel.ValueKind.*;

import java.util.Optional;

/**
 * The rows of the Settings sheet. The first nine are the design's contract; the others give the
 * scenario's description, host overhead and constraint weights a home (documented as extra keys).
 *
 * @param path the validator path the value fills, used to map a validation problem back to its cell
 */
enum SettingsKey {
    SCENARIO_NAME("Scenario name", "name", true, TEXT, "the scenario's name"),
    DESCRIPTION("Description", "description", false, OPTIONAL_TEXT, "free text"),
    FIRST_PERIOD("First period", "horizon.first", true, PERIOD, "e.g. 2027-Q1 (quarters) or 2027-01 (months)"),
    LAST_PERIOD("Last period", "horizon.last", true, PERIOD, "included, e.g. 2028-Q4"),
    PERIOD_LENGTH("Period length", "horizon.length", false, CHOICE, "quarter or month; blank = from the first period"),
    PRIMARY_PROVIDER("Primary provider", "policies.primaryProvider", false, OPTIONAL_REFERENCE, "provider with first refusal; blank = none"),
    FIRST_REFUSAL("First refusal", "policies.firstRefusal", false, CHOICE, "strict, preference or off; blank = off"),
    FIRST_REFUSAL_PREMIUM("First refusal premium ($/accel-h)", "policies.firstRefusalPremium", false, DECIMAL,
            "what staying on the primary is worth (preference mode); blank = 0"),
    CARBON_PRICE("Carbon price ($/tCO2e)", "policies.carbonPricePerTonne", false, DECIMAL, "internal carbon price; blank = 0"),
    MAX_PROVIDER_SHARE("Max provider share (%)", "policies.maxProviderSharePct", false, DECIMAL,
            "no provider above this share of accelerator-hours; blank = 100"),
    HOST_OVERHEAD("Host overhead (%)", "policies.hostOverheadFraction", false, PERCENT,
            "host, network and storage power on top of accelerator TDP; blank = 90"),
    WEIGHT_UNPLACED("Weight unplaced demand", "weights.unplacedDemand", false, DECIMAL, "soft-rule multiplier; blank = 1"),
    WEIGHT_FIRST_REFUSAL("Weight first refusal", "weights.firstRefusal", false, DECIMAL, "soft-rule multiplier; blank = 1"),
    WEIGHT_COST("Weight cost", "weights.cost", false, DECIMAL, "soft-rule multiplier; blank = 1"),
    WEIGHT_LATENCY("Weight latency", "weights.latency", false, DECIMAL, "soft-rule multiplier; blank = 1"),
    WEIGHT_PROVIDER_SHARE("Weight provider share", "weights.providerShare", false, DECIMAL, "soft-rule multiplier; blank = 1");

    private final String key;
    private final String path;
    private final boolean required;
    private final ValueKind kind;
    private final String hint;

    SettingsKey(String key, String path, boolean required, ValueKind kind, String hint) {
        this.key = key;
        this.path = path;
        this.required = required;
        this.kind = kind;
        this.hint = hint;
    }

    String key() {
        return key;
    }

    String path() {
        return path;
    }

    boolean required() {
        return required;
    }

    String hint() {
        return hint;
    }

    ValueKind kind() {
        return kind;
    }

    /** The key as a column of keys, to name and match it as columns are. */
    private ContractColumn column() {
        return new ContractColumn(key, path, required, kind, hint);
    }

    /** The key without its unit, in lower case, for messages. */
    String label() {
        return column().label();
    }

    static Optional<SettingsKey> find(String userKey) {
        for (SettingsKey k : values()) {
            if (k.column().matches(userKey)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The key whose path is the start of a validator path, e.g. "policies.primaryProvider". */
    static Optional<SettingsKey> forPath(String validatorPath) {
        SettingsKey best = null;
        for (SettingsKey k : values()) {
            if (validatorPath.equals(k.path) || validatorPath.startsWith(k.path + ".")
                    || validatorPath.startsWith(k.path + "[")) {
                if (best == null || k.path.length() > best.path.length()) {
                    best = k;
                }
            }
        }
        if (best == null && validatorPath.startsWith("horizon")) {
            best = FIRST_PERIOD;
        }
        return Optional.ofNullable(best);
    }
}
