package com.capacityworkbench.formats.excel;

import static com.capacityworkbench.formats.excel.ValueKind.*;

import com.capacityworkbench.model.validation.Figure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scenario sheets of the spreadsheet contract (docs/spreadsheet-contract.md), in workbook order; the purchase
 * options' sheets (Offers, Build-outs, Spend terms) are optional.
 * The first column of each sheet names the row's thing; a name starting with {@value #COMMENT_MARK}
 * marks an example or comment row that import skips.
 */
enum ContractSheet {
    SETTINGS("Settings", "", List.of(
            required("Key", "key", TEXT, "a setting's name, see the Instructions sheet"),
            required("Value", "value", TEXT, "its value"))),
    PROVIDERS("Providers", "providers", List.of(
            required("Provider", "id", TEXT, "unique name, e.g. azure"),
            required("Kind", "kind", CHOICE, "cloud, neocloud or self-built"),
            optional("Egress same provider ($/GB)", "egressSameProviderPerGb", DECIMAL, "to another site of this provider; blank = 0"),
            optional("Egress cross-cloud ($/GB)", "egressCrossCloudPerGb", DECIMAL, "to another provider or the internet; blank = 0"),
            optional("In-cloud link (Gbps)", "inCloudGbps", DECIMAL,
                    "backbone between two of its regions, for data staging; never below the sites' links; blank = 1,000"),
            optional("Notes", "notes", OPTIONAL_TEXT, "free text"))),
    SITES("Sites", "sites", List.of(
            required("Site", "id", TEXT, "unique name, e.g. azure-swedencentral"),
            required("Provider", "provider", REFERENCE, "a provider from the Providers sheet"),
            required("Country", "country", TEXT, "country name or ISO code"),
            required("Jurisdiction", "jurisdiction", REFERENCE, "EU, US, UK, AE, …"),
            optional("Sovereign", "sovereign", YES_NO, "yes/no; blank = no"),
            optional("Power cap (MW)", "powerCapMw", OPTIONAL_DECIMAL, "facility power cap for every period; blank = no cap"),
            optional("Power cap by period (MW)", "powerCapByPeriod", DECIMAL_BY_PERIOD, "per-period caps, e.g. 2027-Q1=50;2028-Q1=120"),
            optional("PUE", "pue", DECIMAL, "power usage effectiveness; blank = 1.0"),
            optional("Carbon (g/kWh)", "carbonGPerKwh", DECIMAL, "grid carbon intensity; blank = 0"),
            optional("Energy price ($/MWh)", "energyPricePerMwh", DECIMAL, "paid at self-built sites; blank = 0"),
            optional("Geography", "geography", REFERENCE, "where the site is: a geography id, see the Lists sheet (needed in every row)"),
            optional("Link (Gbps)", "linkGbps", DECIMAL, "bandwidth to other providers; blank = 100"))),
    ACCELERATORS("Accelerators", "accelerators", List.of(
            required("Accelerator", "id", TEXT, "unique name, e.g. H100"),
            required("Vendor", "vendor", TEXT, "NVIDIA, AMD, Google, AWS, …"),
            required("Family", "family", CHOICE, "CUDA, ROCm, XLA, Neuron or Gaudi"),
            required("Memory (GB)", "memoryGb", DECIMAL, "accelerator memory"),
            required("TDP (W)", "tdpW", DECIMAL, "thermal design power per accelerator"),
            optional("Training factor", "trainingFactor", DECIMAL, "training throughput vs H100 = 1.0; blank = 1.0"),
            optional("Inference factor", "inferenceFactor", DECIMAL, "inference throughput vs H100 = 1.0; blank = 1.0"),
            optional("Serving latency (ms)", "servingLatencyMs", DECIMAL, "added to network RTT for inference; blank = 0"))),
    POOLS("Pools", "pools", List.of(
            required("Pool", "id", TEXT, "unique name"),
            required("Site", "site", REFERENCE, "a site from the Sites sheet"),
            required("Accelerator", "accelerator", REFERENCE, "an accelerator from the Accelerators sheet"),
            required("Count", "count", INTEGER, "accelerators, a whole number ≥ 0"),
            required("From", "from", PERIOD, "first period, e.g. 2027-Q1 (or a date)"),
            required("To", "to", PERIOD, "last period, included"),
            required("Pricing", "pricing", CHOICE, "on-demand, committed or self-built"),
            required("Price ($/accel-h)", "pricePerAccelHour", DECIMAL, "per accelerator-hour"),
            optional("Count by period", "countByPeriod", INTEGER_BY_PERIOD, "build-out ramp, e.g. 2027-Q1=4096;2027-Q3=8192"))),
    DATASETS("Datasets", "datasets", List.of(
            required("Dataset", "id", TEXT, "unique name"),
            required("Size (TB)", "sizeTb", DECIMAL, "size in terabytes"),
            required("Home site", "homeSite", REFERENCE, "a site from the Sites sheet"),
            optional("Allowed jurisdictions", "allowedJurisdictions", REFERENCE_SET, "e.g. EU;UK; blank = anywhere"),
            optional("May leave provider", "mayLeaveProvider", YES_NO, "yes/no; blank = yes"))),
    WORKLOADS("Workloads", "workloads", List.of(
            required("Workload", "id", TEXT, "unique name"),
            required("Kind", "kind", CHOICE, "training, fine-tune, RL, batch or inference"),
            required("Demand (ref accel)", "demand", DECIMAL, "reference accelerators (H100 = 1.0) in every period"),
            required("From", "from", PERIOD, "first period"),
            required("To", "to", PERIOD, "last period, included"),
            required("Priority", "priority", INTEGER, "whole number; higher is more important"),
            optional("Families", "families", CHOICE_SET, "software families the code runs on, e.g. CUDA;ROCm; blank = any"),
            optional("Min memory (GB)", "minMemoryGb", DECIMAL, "blank = 0"),
            optional("Datasets", "datasets", REFERENCES, "datasets it reads, e.g. web-crawl;code"),
            optional("First refusal", "firstRefusal", YES_NO, "yes/no: the primary provider gets first refusal; blank = no"),
            optional("Splittable", "splittable", YES_NO, "yes/no; blank = yes for inference, no otherwise; never yes for training (gang-scheduled on one pool)"),
            optional("Max shards", "maxShards", INTEGER, "pools a splittable workload may spread over; blank = 4 if splittable, else 1"),
            optional("Latency target (ms)", "latencyTargetMs", OPTIONAL_DECIMAL, "inference p50 target; blank = none"),
            optional("User geography", "userGeography", OPTIONAL_REFERENCE, "where its users are: a geography id"),
            optional("Staging lead time (days)", "stagingLeadTimeDays", OPTIONAL_DECIMAL, "time to move its datasets; blank = no limit"),
            optional("Porting cost ($)", "portingCostUsd", OPTIONAL_DECIMAL, "one-off cost to run on another family; blank = porting not allowed"),
            optional("Requires sovereign", "requiresSovereign", YES_NO, "yes/no; blank = no"),
            optional("Excluded pools", "excludedPools", REFERENCES, "pools ruled out for it, e.g. pool-a;pool-b (each on the Pools sheet); blank = none; the solver never places it there"))),
    OFFERS("Offers", Figure.OFFERS, true, List.of(
            required("Id", "id", TEXT, "unique name of the offer"),
            required("Provider", "provider", REFERENCE, "a provider from the Providers sheet: the provider of the site"),
            required("Site", "site", REFERENCE, "a site from the Sites sheet"),
            required("Accelerator", "accelerator", REFERENCE, "an accelerator from the Accelerators sheet"),
            required("Block size (accelerators)", "blockSize", INTEGER, "accelerators in one block, a whole number"),
            optional("Min blocks", "minBlocks", INTEGER, "blocks taken at least if the offer is taken; blank = 0"),
            required("Max blocks", "maxBlocks", INTEGER, "the most blocks on offer; max blocks × block size ≤ 10,000,000"),
            required("Earliest start", "earliestStart", PERIOD, "first period the capacity can be delivered"),
            optional("Lead time (periods)", "leadTimePeriods", INTEGER, "periods from the horizon's first period to delivery; blank = 0"),
            required("Term (periods)", "termPeriods", INTEGER, "periods a block is committed and paid for once started"),
            required("Price ($/accel-hour)", "pricePerAccelHour", DECIMAL, "committed price, paid whether used or not"),
            optional("Upfront ($)", "upfrontUsd", DECIMAL, "one-off payment when the offer is taken; blank = 0"))),
    BUILD_OUTS("Build-outs", Figure.BUILD_OUTS, true, List.of(
            required("Id", "id", TEXT, "unique name of the power step"),
            required("Site", "site", REFERENCE, "a self-built site from the Sites sheet"),
            required("Power (MW)", "megawatts", DECIMAL, "facility power the step adds"),
            required("Earliest", "earliest", PERIOD, "first period the power can be there"),
            required("Capex ($/MW)", "capexPerMw", DECIMAL, "capital cost per MW of the step"),
            required("Capex periods", "capexPeriods", INTEGER, "periods the capex is spread over, evenly"),
            required("Accelerators", "accelerators", REFERENCES, "accelerator types it can house, e.g. GB200;MI355X (each on the Accelerators sheet)"))),
    SPEND_TERMS("Spend terms", Figure.SPEND_TERMS, true, List.of(
            required("Id", "id", TEXT, "unique name of the term"),
            required("Provider", "provider", REFERENCE, "a provider from the Providers sheet"),
            required("From", "from", PERIOD, "first period of the term"),
            required("To", "to", PERIOD, "last period, included"),
            required("Minimum spend ($)", "minimumUsd", DECIMAL, "owed over the term whether used or not (take-or-pay)"),
            optional("Maximum spend ($)", "maximumUsd", OPTIONAL_DECIMAL, "cap on payments over the term; blank = no cap")));

    static final String COMMENT_MARK = "#";

    private final String sheetName;
    private final String component;
    private final boolean optional;
    private final List<ContractColumn> columns;
    private final Map<String, ContractColumn> byComponent;

    ContractSheet(String sheetName, String component, List<ContractColumn> columns) {
        this(sheetName, component, false, columns);
    }

    /** @param optional a workbook may leave the sheet out (nothing of its kind); the writer writes it only with rows */
    ContractSheet(String sheetName, String component, boolean optional, List<ContractColumn> columns) {
        this.sheetName = sheetName;
        this.component = component;
        this.optional = optional;
        this.columns = columns;
        this.byComponent = columns.stream().collect(Collectors.toUnmodifiableMap(ContractColumn::component, c -> c));
    }

    String sheetName() {
        return sheetName;
    }

    /** Whether a workbook may leave the sheet out: the purchase options' sheets. */
    boolean optional() {
        return optional;
    }

    /** The Scenario component the rows fill, as in validator paths ("workloads"); empty for Settings. */
    String component() {
        return component;
    }

    List<ContractColumn> columns() {
        return columns;
    }

    /** The column that names each row. */
    ContractColumn idColumn() {
        return columns.getFirst();
    }

    ContractColumn column(String component) {
        return findColumn(component).orElseThrow(() -> new IllegalArgumentException(
                "sheet " + sheetName + " has no column for " + component));
    }

    Optional<ContractColumn> findColumn(String component) {
        return Optional.ofNullable(byComponent.get(component));
    }

    /** 0-based position of a column in the layout this program writes. */
    int writtenIndex(String component) {
        return columns.indexOf(column(component));
    }

    static Optional<ContractSheet> forComponent(String component) {
        for (ContractSheet sheet : values()) {
            if (sheet != SETTINGS && sheet.component.equals(component)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    private static ContractColumn required(String header, String component, ValueKind kind, String hint) {
        return new ContractColumn(header, component, true, kind, hint);
    }

    private static ContractColumn optional(String header, String component, ValueKind kind, String hint) {
        return new ContractColumn(header, component, false, kind, hint);
    }
}
