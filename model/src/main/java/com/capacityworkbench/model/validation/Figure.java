package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every number of a scenario with the range it must lie in. The ranges are generous (prices far above any
 * real price, a demand of ten million H100s) yet keep each figure's own arithmetic in 64 bits; what the
 * figures add up to over a whole plan is checked by {@link ScoreSizeRules}. docs/scenario-json.md and
 * docs/spreadsheet-contract.md list the same ranges.
 */
public enum Figure {
    EGRESS_SAME_PROVIDER("providers", "egressSameProviderPerGb", 0, false, 100, "$/GB"),
    EGRESS_CROSS_CLOUD("providers", "egressCrossCloudPerGb", 0, false, 100, "$/GB"),
    IN_CLOUD_LINK("providers", "inCloudGbps", 0, true, 1_000_000, "Gbps"),
    POWER_CAP("sites", "powerCapMw", 0, true, 100_000, "MW"),
    POWER_CAP_BY_PERIOD("sites", "powerCapByPeriod", 0, true, 100_000, "MW"),
    PUE("sites", "pue", 1, false, 10, ""),
    CARBON_INTENSITY("sites", "carbonGPerKwh", 0, false, 5_000, "gCO2e/kWh"),
    ENERGY_PRICE("sites", "energyPricePerMwh", 0, false, 100_000, "$/MWh"),
    LINK("sites", "linkGbps", 0, true, 1_000_000, "Gbps"),
    MEMORY("accelerators", "memoryGb", 0, true, 100_000, "GB"),
    TDP("accelerators", "tdpW", 0, true, 1_000_000, "W"),
    TRAINING_FACTOR("accelerators", "trainingFactor", 0.01, false, 1_000, "× H100"),
    INFERENCE_FACTOR("accelerators", "inferenceFactor", 0.01, false, 1_000, "× H100"),
    SERVING_LATENCY("accelerators", "servingLatencyMs", 0, false, 100_000, "ms"),
    COUNT("pools", "count", 0, false, 10_000_000, "accelerators"),
    COUNT_BY_PERIOD("pools", "countByPeriod", 0, false, 10_000_000, "accelerators"),
    PRICE("pools", "pricePerAccelHour", 0, false, 10_000, "$/accel-h"),
    SIZE("datasets", "sizeTb", 0, true, 1_000_000, "TB"),
    DEMAND("workloads", "demand", 0, true, 10_000_000, "ref accel"),
    PRIORITY("workloads", "priority", 1, false, 1_000, ""),
    MIN_MEMORY("workloads", "minMemoryGb", 0, false, 100_000, "GB"),
    MAX_SHARDS("workloads", "maxShards", 0, false, 100, "shards"),
    LATENCY_TARGET("workloads", "latencyTargetMs", 0, true, 100_000, "ms"),
    STAGING_LEAD_TIME("workloads", "stagingLeadTimeDays", 0, false, 36_500, "days"),
    PORTING_COST("workloads", "portingCostUsd", 0, false, 1e12, "$"),
    BLOCK_SIZE(Figure.OFFERS, "blockSize", 1, false, 1_000_000, "accelerators"),
    MIN_BLOCKS(Figure.OFFERS, "minBlocks", 0, false, 100_000, "blocks"),
    MAX_BLOCKS(Figure.OFFERS, "maxBlocks", 1, false, 100_000, "blocks"),
    LEAD_TIME(Figure.OFFERS, "leadTimePeriods", 0, false, 40, "periods"),
    TERM(Figure.OFFERS, "termPeriods", 1, false, 80, "periods"),
    OFFER_PRICE(Figure.OFFERS, "pricePerAccelHour", 0, false, 1_000, "$/accel-h"),
    UPFRONT(Figure.OFFERS, "upfrontUsd", 0, false, 1e12, "$"),
    BUILD_OUT_POWER(Figure.BUILD_OUTS, "megawatts", 0, true, 10_000, "MW"),
    CAPEX(Figure.BUILD_OUTS, "capexPerMw", 0, false, 1e10, "$/MW"),
    CAPEX_PERIODS(Figure.BUILD_OUTS, "capexPeriods", 1, false, 200, "periods"),
    SPEND_MINIMUM(Figure.SPEND_TERMS, "minimumUsd", 0, false, 1e13, "$"),
    SPEND_MAXIMUM(Figure.SPEND_TERMS, "maximumUsd", 0, false, 1e13, "$"),
    FIRST_REFUSAL_PREMIUM("policies", "firstRefusalPremium", 0, false, 10_000, "$/accel-h"),
    CARBON_PRICE("policies", "carbonPricePerTonne", 0, false, 10_000, "$/tCO2e"),
    MAX_PROVIDER_SHARE("policies", "maxProviderSharePct", 0, false, 100, "%"),
    HOST_OVERHEAD("policies", "hostOverheadFraction", 0, false, 10, ""),
    /** Every weight: 0 switches its rule off; see {@link #SMALLEST_WEIGHT} for the least weight that counts. */
    WEIGHT("weights", "*", 0, false, 1_000_000, "");

    /** The purchase options' lists, as their paths in a scenario file start. */
    public static final String OFFERS = "purchaseOptions.offers";
    public static final String BUILD_OUTS = "purchaseOptions.buildOuts";
    public static final String SPEND_TERMS = "purchaseOptions.spendTerms";

    /** The score counts weights in hundredths: a weight below this would switch its rule off unsaid. */
    public static final double SMALLEST_WEIGHT = 1.0 / ConstraintWeights.SCALE;

    /** Twenty years: longer horizons are not planned, and every period costs memory per pool and site. */
    public static final int MAX_HORIZON_YEARS = 20;

    private final String collection;
    private final String field;
    private final double min;
    private final boolean minExcluded;
    private final double max;
    private final String unit;

    Figure(String collection, String field, double min, boolean minExcluded, double max, String unit) {
        this.collection = collection;
        this.field = field;
        this.min = min;
        this.minExcluded = minExcluded;
        this.max = max;
        this.unit = unit;
    }

    /** The scenario's component the field is in: a list ("workloads") or a record ("policies", "weights"). */
    public String collection() {
        return collection;
    }

    /** The field's JSON name; "*" for the weights (all five). */
    public String field() {
        return field;
    }

    /** Where the figure is in a scenario file: {@code workloads[].demand}, {@code policies.carbonPricePerTonne}. */
    public String jsonPath() {
        boolean list = !collection.equals("policies") && !collection.equals("weights");
        return collection + (list ? "[]." : ".") + field;
    }

    /** The figure a scenario field holds, e.g. ("workloads", "demand"); the weights by any of their names. */
    public static Optional<Figure> of(String collection, String field) {
        for (Figure figure : values()) {
            if (figure.collection.equals(collection) && (figure.field.equals(field) || figure == WEIGHT)) {
                return Optional.of(figure);
            }
        }
        return Optional.empty();
    }

    public double min() {
        return min;
    }

    /** The range starts just above {@link #min()} (a demand must be more than 0). */
    public boolean minExcluded() {
        return minExcluded;
    }

    public double max() {
        return max;
    }

    public String unit() {
        return unit;
    }

    public boolean accepts(double value) {
        return (minExcluded ? value > min : value >= min) && value <= max;
    }

    /** The range as the docs write it: "more than 0 to 10,000,000 ref accel", "0.01 to 1,000 × H100". */
    public String describe() {
        if (this == WEIGHT) {
            return "0, or " + Problems.grouped(SMALLEST_WEIGHT) + " to " + Problems.grouped(max);
        }
        String from = minExcluded ? "more than " + Problems.grouped(min) : Problems.grouped(min);
        return from + " to " + shown(max) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** What is wrong with {@code value} here, or null when it is in range. */
    @Nullable String problem(double value) {
        if (!(minExcluded ? value > min : value >= min)) {
            if (min == 0) {
                return (minExcluded ? "must be more than 0" : "must not be negative") + ", got " + shown(value);
            }
            return "must be at least " + Problems.grouped(min) + ", got " + shown(value);
        }
        if (!(value <= max)) {
            return "must be at most " + shown(max) + (unit.isEmpty() ? "" : " " + unit) + ", got " + shown(value);
        }
        return null;
    }

    /** Host overhead is a fraction in JSON and a percentage in Excel: its messages give both. */
    private String shown(double value) {
        String number = Problems.grouped(value);
        if (this != HOST_OVERHEAD || !Double.isFinite(value)) {
            return number;
        }
        return number + " (" + (value < 0 ? "" : "+") + Problems.grouped(value * 100) + " %)";
    }
}
