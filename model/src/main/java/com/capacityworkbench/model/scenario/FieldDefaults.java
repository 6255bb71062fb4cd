package com.capacityworkbench.model.scenario;

/**
 * What an optional field means when a file leaves it out: an omitted JSON field and a blank spreadsheet cell
 * take the same value (docs/scenario-json.md, docs/spreadsheet-contract.md), so a scenario reads the same from
 * either format. Texts, periods, choices and the figures a planner must state (demand, counts, prices, sizes,
 * memory, TDP, priority) have no default: leaving them out is a problem.
 */
public final class FieldDefaults {

    public static final double EGRESS_PER_GB = 0;
    /**
     * A cloud's inter-region backbone for one transfer: 1 Tbps, roughly ten 100G interconnects. In-cloud
     * staging never runs slower than the sites' own links to other providers (see the solver's DataLinks).
     */
    public static final double IN_CLOUD_GBPS = 1000;
    public static final boolean SOVEREIGN = false;
    public static final double PUE = 1.0;
    public static final double CARBON_G_PER_KWH = 0;
    public static final double ENERGY_PRICE_PER_MWH = 0;
    public static final double LINK_GBPS = 100;
    public static final double THROUGHPUT_FACTOR = 1.0;
    public static final double SERVING_LATENCY_MS = 0;
    /** Data may leave its provider unless the planner says otherwise, as the spreadsheet contract always had it. */
    public static final boolean MAY_LEAVE_PROVIDER = true;
    public static final double MIN_MEMORY_GB = 0;
    public static final boolean FIRST_REFUSAL = false;
    public static final boolean REQUIRES_SOVEREIGN = false;
    /** An offer without a minimum may be taken one block at a time. */
    public static final int MIN_BLOCKS = 0;
    /** An offer without a lead time can start in the horizon's first period. */
    public static final int LEAD_TIME_PERIODS = 0;
    public static final double UPFRONT_USD = 0;
    /** Pools a splittable workload may spread over when the file does not say. */
    public static final int MAX_SHARDS_WHEN_SPLITTABLE = 4;

    private FieldDefaults() {
    }

    /** Inference services may be split across pools; everything else runs as one gang unless the file says. */
    public static boolean splittable(WorkloadKind kind) {
        return kind.isInference();
    }

    public static int maxShards(boolean splittable) {
        return splittable ? MAX_SHARDS_WHEN_SPLITTABLE : 1;
    }
}
