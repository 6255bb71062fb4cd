package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PeriodLength;
import com.capacityworkbench.model.scenario.Policies;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the Settings sheet: one Key/Value row per setting, unknown keys ignored. */
final class SettingsReader {

    private final SheetTable table;
    private final ProblemList problems;
    private final Map<SettingsKey, SheetRow> rows = new EnumMap<>(SettingsKey.class);
    private final ContractColumn keyColumn = ContractSheet.SETTINGS.column("key");
    private final ContractColumn valueColumn = ContractSheet.SETTINGS.column("value");
    private boolean failed;

    private SettingsReader(SheetTable table, ProblemList problems) {
        this.table = table;
        this.problems = problems;
    }

    /** Settings of a workbook whose Settings sheet is missing (already reported): periods read as quarters. */
    static ScenarioSettings absent() {
        return new ScenarioSettings(null, null, null, PeriodLength.QUARTER, null, null, Map.of());
    }

    static ScenarioSettings read(SheetTable table, ProblemList problems) {
        return new SettingsReader(table, problems).read();
    }

    private ScenarioSettings read() {
        for (SheetRow row : table.rows()) {
            String key = row.text(keyColumn, "key");
            if (key == null) {
                row.problem(keyColumn, "Key is required (the value in this row belongs to no setting)");
                failed = true;
                continue;
            }
            SettingsKey.find(key).ifPresent(k -> {
                SheetRow earlier = rows.putIfAbsent(k, row);
                if (earlier != null) {
                    row.problem(keyColumn, "setting \"" + k.key() + "\" appears twice (first on row "
                            + (earlier.index() + 1) + ")");
                    failed = true;
                }
            });
        }
        for (SettingsKey k : SettingsKey.values()) {
            if (k.required() && !rows.containsKey(k)) {
                problems.add(table.sheetName(), "missing setting \"" + k.key() + "\"");
                failed = true;
            }
        }
        Map<SettingsKey, String> locations = new EnumMap<>(SettingsKey.class);
        rows.forEach((k, row) -> locations.put(k, row.location(valueColumn)));

        String name = requiredText(SettingsKey.SCENARIO_NAME);
        String description = text(SettingsKey.DESCRIPTION);
        PeriodLength length = periodLength();
        Period first = period(SettingsKey.FIRST_PERIOD, length);
        Period last = period(SettingsKey.LAST_PERIOD, length);
        Horizon horizon = first != null && last != null ? new Horizon(first, last) : null;
        Policies policies = policies();
        ConstraintWeights weights = weights();
        return new ScenarioSettings(name, description, failed ? null : horizon, length,
                failed ? null : policies, failed ? null : weights, locations);
    }

    private @Nullable String text(SettingsKey key) {
        SheetRow row = rows.get(key);
        return row == null ? null : track(row, row.text(valueColumn, key.label()));
    }

    private @Nullable String requiredText(SettingsKey key) {
        SheetRow row = rows.get(key);
        String value = text(key);
        if (row != null && value == null && !row.failed()) {
            row.problem(valueColumn, key.key() + " needs a value");
            failed = true;
        }
        return value;
    }

    private PeriodLength periodLength() {
        SheetRow row = rows.get(SettingsKey.PERIOD_LENGTH);
        String text = text(SettingsKey.PERIOD_LENGTH);
        if (text != null) {
            try {
                return PeriodLength.parse(text);
            } catch (IllegalArgumentException e) {
                row.problem(valueColumn, "period length must be one of quarter, month, got \"" + text + "\"");
                failed = true;
            }
        }
        // No (valid) length given: the first period's spelling decides; dates and anything else mean quarters.
        String first = text(SettingsKey.FIRST_PERIOD);
        if (first != null) {
            try {
                return Period.parse(first).length();
            } catch (IllegalArgumentException notTextPeriod) {
                return PeriodLength.QUARTER;
            }
        }
        return PeriodLength.QUARTER;
    }

    private @Nullable Period period(SettingsKey key, PeriodLength length) {
        SheetRow row = rows.get(key);
        if (row == null) {
            return null;
        }
        Period period = row.period(valueColumn, key.label(), length, false);
        if (period == null && !row.failed()) {
            row.problem(valueColumn, key.key() + " needs a value");
        }
        return track(row, period);
    }

    private Policies policies() {
        Policies defaults = Policies.defaults();
        String primary = text(SettingsKey.PRIMARY_PROVIDER);
        FirstRefusalMode mode = choice(SettingsKey.FIRST_REFUSAL, FirstRefusalMode::parse, FirstRefusalMode.values());
        return new Policies(primary,
                mode == null ? defaults.firstRefusal() : mode,
                number(SettingsKey.FIRST_REFUSAL_PREMIUM, NumberRule.NON_NEGATIVE, defaults.firstRefusalPremium()),
                number(SettingsKey.CARBON_PRICE, NumberRule.NON_NEGATIVE, defaults.carbonPricePerTonne()),
                number(SettingsKey.MAX_PROVIDER_SHARE, NumberRule.NON_NEGATIVE, defaults.maxProviderSharePct()),
                hostOverhead(defaults.hostOverheadFraction()));
    }

    /** Written in % (90 means +90 % on top of TDP); the model keeps the fraction. */
    private double hostOverhead(double defaultFraction) {
        double pct = number(SettingsKey.HOST_OVERHEAD, NumberRule.NON_NEGATIVE,
                BigDecimal.valueOf(defaultFraction).movePointRight(2).doubleValue());
        return BigDecimal.valueOf(pct).movePointLeft(2).doubleValue();
    }

    private ConstraintWeights weights() {
        ConstraintWeights d = ConstraintWeights.defaults();
        return new ConstraintWeights(
                number(SettingsKey.WEIGHT_UNPLACED, NumberRule.NON_NEGATIVE, d.unplacedDemand()),
                number(SettingsKey.WEIGHT_FIRST_REFUSAL, NumberRule.NON_NEGATIVE, d.firstRefusal()),
                number(SettingsKey.WEIGHT_COST, NumberRule.NON_NEGATIVE, d.cost()),
                number(SettingsKey.WEIGHT_LATENCY, NumberRule.NON_NEGATIVE, d.latency()),
                number(SettingsKey.WEIGHT_PROVIDER_SHARE, NumberRule.NON_NEGATIVE, d.providerShare()));
    }

    private double number(SettingsKey key, NumberRule rule, double whenBlank) {
        SheetRow row = rows.get(key);
        if (row == null) {
            return whenBlank;
        }
        Double value = track(row, row.number(valueColumn, key.label(), rule, key.key().contains("(%)")));
        return value == null ? whenBlank : value;
    }

    private <E extends Enum<E> & Labelled> @Nullable E choice(SettingsKey key, java.util.function.Function<String, E> parser,
                                                              E[] choices) {
        SheetRow row = rows.get(key);
        if (row == null) {
            return null;
        }
        List<String> labels = Arrays.stream(choices).map(Labelled::label).toList();
        return track(row, row.choice(valueColumn, key.label(), parser, labels, false));
    }

    private <T> @Nullable T track(SheetRow row, @Nullable T value) {
        failed |= row.failed();
        return value;
    }
}
