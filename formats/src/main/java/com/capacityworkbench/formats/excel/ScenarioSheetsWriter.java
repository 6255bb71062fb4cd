package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes a scenario's seven contract sheets (Settings first), the purchase options' sheets when it has any, the
 * hidden Lists sheet and the drop-downs.
 * Example rows, when given, follow the data rows in grey italics with names starting with "#".
 */
final class ScenarioSheetsWriter {

    /** Drop-downs reach at least this far down, so rows a planner adds get them too. */
    private static final int MIN_DROP_DOWN_ROWS = 1000;

    private final Workbook workbook;
    private final WorkbookStyles styles;

    ScenarioSheetsWriter(Workbook workbook, WorkbookStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    void write(Scenario scenario) {
        write(scenario, ExampleRows.NONE);
    }

    void write(Scenario scenario, ExampleRows examples) {
        Map<SettingsKey, Integer> settingsRows = writeSettings(scenario);
        Map<ContractSheet, Integer> rowCounts = new EnumMap<>(ContractSheet.class);
        rowCounts.put(ContractSheet.PROVIDERS, writeSheet(ContractSheet.PROVIDERS, scenario.providers(),
                examples.providers(), ScenarioRows::provider));
        rowCounts.put(ContractSheet.SITES, writeSheet(ContractSheet.SITES, scenario.sites(),
                examples.sites(), ScenarioRows::site));
        rowCounts.put(ContractSheet.ACCELERATORS, writeSheet(ContractSheet.ACCELERATORS, scenario.accelerators(),
                examples.accelerators(), ScenarioRows::accelerator));
        rowCounts.put(ContractSheet.POOLS, writeSheet(ContractSheet.POOLS, scenario.pools(),
                examples.pools(), ScenarioRows::pool));
        rowCounts.put(ContractSheet.DATASETS, writeSheet(ContractSheet.DATASETS, scenario.datasets(),
                examples.datasets(), ScenarioRows::dataset));
        rowCounts.put(ContractSheet.WORKLOADS, writeSheet(ContractSheet.WORKLOADS, scenario.workloads(),
                examples.workloads(), ScenarioRows::workload));
        PurchaseOptions purchases = scenario.purchaseOptions();
        writeOptionalSheet(ContractSheet.OFFERS, purchases.offers(), examples.offers(), ScenarioRows::offer)
                .ifPresent(rows -> rowCounts.put(ContractSheet.OFFERS, rows));
        writeOptionalSheet(ContractSheet.BUILD_OUTS, purchases.buildOuts(), examples.buildOuts(),
                ScenarioRows::buildOut).ifPresent(rows -> rowCounts.put(ContractSheet.BUILD_OUTS, rows));
        writeOptionalSheet(ContractSheet.SPEND_TERMS, purchases.spendTerms(), examples.spendTerms(),
                ScenarioRows::spendTerm).ifPresent(rows -> rowCounts.put(ContractSheet.SPEND_TERMS, rows));

        int longest = rowCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        ChoiceLists lists = new ChoiceLists(workbook, Math.max(MIN_DROP_DOWN_ROWS, longest + MIN_DROP_DOWN_ROWS));
        lists.writeListsSheet(styles);
        lists.addDropDowns();
        lists.settingsChoice(settingsRows.get(SettingsKey.PERIOD_LENGTH), ChoiceLists.Choice.PERIOD_LENGTH);
        lists.settingsChoice(settingsRows.get(SettingsKey.FIRST_REFUSAL), ChoiceLists.Choice.FIRST_REFUSAL);
        lists.settingsReference(settingsRows.get(SettingsKey.PRIMARY_PROVIDER), ContractSheet.PROVIDERS);
        VariantSheet.write(workbook, styles, scenario);
        UncertaintySheet.write(workbook, styles, scenario);
    }

    private Map<SettingsKey, Integer> writeSettings(Scenario scenario) {
        Sheet sheet = workbook.createSheet(ContractSheet.SETTINGS.sheetName());
        TableWriter table = new TableWriter(sheet, styles);
        table.header(List.of("Key", "Value", "Notes"), List.of(true, true, false));
        Map<SettingsKey, Integer> rows = new EnumMap<>(SettingsKey.class);
        Policies policies = scenario.policies();
        var weights = scenario.weights();
        for (SettingsKey key : SettingsKey.values()) {
            Object value = switch (key) {
                case SCENARIO_NAME -> scenario.name();
                case DESCRIPTION -> scenario.description();
                case FIRST_PERIOD -> scenario.horizon().first();
                case LAST_PERIOD -> scenario.horizon().last();
                case PERIOD_LENGTH -> scenario.horizon().length().label();
                case PRIMARY_PROVIDER -> policies.primaryProvider();
                case FIRST_REFUSAL -> policies.firstRefusal();
                case FIRST_REFUSAL_PREMIUM -> policies.firstRefusalPremium();
                case CARBON_PRICE -> policies.carbonPricePerTonne();
                case MAX_PROVIDER_SHARE -> policies.maxProviderSharePct();
                case HOST_OVERHEAD -> BigDecimal.valueOf(policies.hostOverheadFraction()).movePointRight(2).doubleValue();
                case WEIGHT_UNPLACED -> weights.unplacedDemand();
                case WEIGHT_FIRST_REFUSAL -> weights.firstRefusal();
                case WEIGHT_COST -> weights.cost();
                case WEIGHT_LATENCY -> weights.latency();
                case WEIGHT_PROVIDER_SHARE -> weights.providerShare();
            };
            rows.put(key, table.row(Arrays.asList(key.key(), value, key.hint()), List.of()));
        }
        table.finish();
        return rows;
    }

    /** An optional sheet is written only when it has rows (or the template's examples), as the Uncertainty sheet. */
    private <T> OptionalInt writeOptionalSheet(ContractSheet contract, List<T> records, List<List<Object>> exampleRows,
                                               Function<T, List<Object>> toCells) {
        if (records.isEmpty() && exampleRows.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(writeSheet(contract, records, exampleRows, toCells));
    }

    private <T> int writeSheet(ContractSheet contract, List<T> records, List<List<Object>> exampleRows,
                               Function<T, List<Object>> toCells) {
        Sheet sheet = workbook.createSheet(contract.sheetName());
        TableWriter table = new TableWriter(sheet, styles);
        table.header(contract.columns().stream().map(ContractColumn::header).toList(),
                contract.columns().stream().map(ContractColumn::required).toList());
        var numberStyles = ScenarioRows.numberStyles(contract);
        for (T record : records) {
            table.row(toCells.apply(record), numberStyles);
        }
        for (List<Object> example : exampleRows) {
            table.row(example, numberStyles, styles.example());
        }
        table.finish();
        return records.size() + exampleRows.size();
    }

    /** Example rows for the template, as cell values (names starting with "#"). */
    record ExampleRows(List<List<Object>> providers, List<List<Object>> sites, List<List<Object>> accelerators,
                       List<List<Object>> pools, List<List<Object>> datasets, List<List<Object>> workloads,
                       List<List<Object>> offers, List<List<Object>> buildOuts, List<List<Object>> spendTerms) {

        static final ExampleRows NONE = new ExampleRows(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
