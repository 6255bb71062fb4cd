package com.capacityworkbench.formats.excel;

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
            required("Key", "key", "a setting's name, see the Instructions sheet"),
            required("Value", "value", "its value"))),
    PROVIDERS("Providers", "providers", List.of(
            required("Provider", "id", "unique name, e.g. azure"),
            required("Kind", "kind", "cloud, neocloud or self-built"),
            optional("Egress same provider ($/GB)", "egressSameProviderPerGb", "to another site of this provider; blank = 0"),
            optional("Egress cross-cloud ($/GB)", "egressCrossCloudPerGb", "to another provider or the internet; blank = 0"),
            optional("In-cloud link (Gbps)", "inCloudGbps",
                    "backbone between two of its regions, for data staging; never below the sites' links; blank = 1,000"),
            optional("Notes", "notes", "free text"))),
    SITES("Sites", "sites", List.of(
            required("Site", "id", "unique name, e.g. azure-swedencentral"),
            required("Provider", "provider", "a provider from the Providers sheet"),
            required("Country", "country", "country name or ISO code"),
            required("Jurisdiction", "jurisdiction", "EU, US, UK, AE, …"),
            optional("Sovereign", "sovereign", "yes/no; blank = no"),
            optional("Power cap (MW)", "powerCapMw", "facility power cap for every period; blank = no cap"),
            optional("Power cap by period (MW)", "powerCapByPeriod", "per-period caps, e.g. 2027-Q1=50;2028-Q1=120"),
            optional("PUE", "pue", "power usage effectiveness; blank = 1.0"),
            optional("Carbon (g/kWh)", "carbonGPerKwh", "grid carbon intensity; blank = 0"),
            optional("Energy price ($/MWh)", "energyPricePerMwh", "paid at self-built sites; blank = 0"),
            optional("Geography", "geography", "where the site is: a geography id, see the Lists sheet (needed in every row)"),
            optional("Link (Gbps)", "linkGbps", "bandwidth to other providers; blank = 100"))),
    ACCELERATORS("Accelerators", "accelerators", List.of(
            required("Accelerator", "id", "unique name, e.g. H100"),
            required("Vendor", "vendor", "NVIDIA, AMD, Google, AWS, …"),
            required("Family", "family", "CUDA, ROCm, XLA, Neuron or Gaudi"),
            required("Memory (GB)", "memoryGb", "accelerator memory"),
            required("TDP (W)", "tdpW", "thermal design power per accelerator"),
            optional("Training factor", "trainingFactor", "training throughput vs H100 = 1.0; blank = 1.0"),
            optional("Inference factor", "inferenceFactor", "inference throughput vs H100 = 1.0; blank = 1.0"),
            optional("Serving latency (ms)", "servingLatencyMs", "added to network RTT for inference; blank = 0"))),
    POOLS("Pools", "pools", List.of(
            required("Pool", "id", "unique name"),
            required("Site", "site", "a site from the Sites sheet"),
            required("Accelerator", "accelerator", "an accelerator from the Accelerators sheet"),
            required("Count", "count", "accelerators, a whole number ≥ 0"),
            required("From", "from", "first period, e.g. 2027-Q1 (or a date)"),
            required("To", "to", "last period, included"),
            required("Pricing", "pricing", "on-demand, committed or self-built"),
            required("Price ($/accel-h)", "pricePerAccelHour", "per accelerator-hour"),
            optional("Count by period", "countByPeriod", "build-out ramp, e.g. 2027-Q1=4096;2027-Q3=8192"))),
    DATASETS("Datasets", "datasets", List.of(
            required("Dataset", "id", "unique name"),
            required("Size (TB)", "sizeTb", "size in terabytes"),
            required("Home site", "homeSite", "a site from the Sites sheet"),
            optional("Allowed jurisdictions", "allowedJurisdictions", "e.g. EU;UK; blank = anywhere"),
            optional("May leave provider", "mayLeaveProvider", "yes/no; blank = yes"))),
    WORKLOADS("Workloads", "workloads", List.of(
            required("Workload", "id", "unique name"),
            required("Kind", "kind", "training, fine-tune, RL, batch or inference"),
            required("Demand (ref accel)", "demand", "reference accelerators (H100 = 1.0) in every period"),
            required("From", "from", "first period"),
            required("To", "to", "last period, included"),
            required("Priority", "priority", "whole number; higher is more important"),
            optional("Families", "families", "software families the code runs on, e.g. CUDA;ROCm; blank = any"),
            optional("Min memory (GB)", "minMemoryGb", "blank = 0"),
            optional("Datasets", "datasets", "datasets it reads, e.g. web-crawl;code"),
            optional("First refusal", "firstRefusal", "yes/no: the primary provider gets first refusal; blank = no"),
            optional("Splittable", "splittable", "yes/no; blank = yes for inference, no otherwise; never yes for training (gang-scheduled on one pool)"),
            optional("Max shards", "maxShards", "pools a splittable workload may spread over; blank = 4 if splittable, else 1"),
            optional("Latency target (ms)", "latencyTargetMs", "inference p50 target; blank = none"),
            optional("User geography", "userGeography", "where its users are: a geography id"),
            optional("Staging lead time (days)", "stagingLeadTimeDays", "time to move its datasets; blank = no limit"),
            optional("Porting cost ($)", "portingCostUsd", "one-off cost to run on another family; blank = porting not allowed"),
            optional("Requires sovereign", "requiresSovereign", "yes/no; blank = no"),
            optional("Excluded pools", "excludedPools", "pools ruled out for it, e.g. pool-a;pool-b (each on the Pools sheet); blank = none; the solver never places it there"))),
    OFFERS("Offers", Figure.OFFERS, true, List.of(
            required("Id", "id", "unique name of the offer"),
            required("Provider", "provider", "a provider from the Providers sheet: the provider of the site"),
            required("Site", "site", "a site from the Sites sheet"),
            required("Accelerator", "accelerator", "an accelerator from the Accelerators sheet"),
            required("Block size (accelerators)", "blockSize", "accelerators in one block, a whole number"),
            optional("Min blocks", "minBlocks", "blocks taken at least if the offer is taken; blank = 0"),
            required("Max blocks", "maxBlocks", "the most blocks on offer; max blocks × block size ≤ 10,000,000"),
            required("Earliest start", "earliestStart", "first period the capacity can be delivered"),
            optional("Lead time (periods)", "leadTimePeriods", "periods from the horizon's first period to delivery; blank = 0"),
            required("Term (periods)", "termPeriods", "periods a block is committed and paid for once started"),
            required("Price ($/accel-hour)", "pricePerAccelHour", "committed price, paid whether used or not"),
            optional("Upfront ($)", "upfrontUsd", "one-off payment when the offer is taken; blank = 0"))),
    BUILD_OUTS("Build-outs", Figure.BUILD_OUTS, true, List.of(
            required("Id", "id", "unique name of the power step"),
            required("Site", "site", "a self-built site from the Sites sheet"),
            required("Power (MW)", "megawatts", "facility power the step adds"),
            required("Earliest", "earliest", "first period the power can be there"),
            required("Capex ($/MW)", "capexPerMw", "capital cost per MW of the step"),
            required("Capex periods", "capexPeriods", "periods the capex is spread over, evenly"),
            required("Accelerators", "accelerators", "accelerator types it can house, e.g. GB200;MI355X (each on the Accelerators sheet)"))),
    SPEND_TERMS("Spend terms", Figure.SPEND_TERMS, true, List.of(
            required("Id", "id", "unique name of the term"),
            required("Provider", "provider", "a provider from the Providers sheet"),
            required("From", "from", "first period of the term"),
            required("To", "to", "last period, included"),
            required("Minimum spend ($)", "minimumUsd", "owed over the term whether used or not (take-or-pay)"),
            optional("Maximum spend ($)", "maximumUsd", "cap on payments over the term; blank = no cap")));

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

    private static ContractColumn required(String header, String component, String hint) {
        return new ContractColumn(header, component, true, hint);
    }

    private static ContractColumn optional(String header, String component, String hint) {
        return new ContractColumn(header, component, false, hint);
    }
}
