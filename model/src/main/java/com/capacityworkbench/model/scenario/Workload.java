package com.capacityworkbench.model.scenario;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A training run, fine-tune, RL job, batch job or inference service.
 *
 * @param demand              reference-accelerator equivalents (H100 = 1.0) needed in every period of the window
 * @param priority            weight of this workload's demand when it cannot be placed; higher is more important
 * @param families            software families the code runs on; empty means any
 * @param datasets            ids of the datasets it reads
 * @param firstRefusal        the primary provider gets first refusal on it
 * @param splittable          may be spread over up to {@code maxShards} pools (inference); otherwise gang-scheduled
 * @param latencyTargetMs     inference p50 target; null for none
 * @param userGeography       a {@link Geography} id where its users are (inference)
 * @param stagingLeadTimeDays time allowed to move its datasets to the pool's site; null for no limit
 * @param portingCostUsd      one-off cost to run on a family it does not support; null means porting is not allowed
 * @param excludedPools       pools the planner has ruled out for it (a hard rule, like any other), e.g. "not on the
 *                            pool we are decommissioning"; empty for none
 */
public record Workload(
        String id,
        WorkloadKind kind,
        double demand,
        Period from,
        Period to,
        int priority,
        Set<SoftwareFamily> families,
        double minMemoryGb,
        List<String> datasets,
        boolean firstRefusal,
        boolean splittable,
        int maxShards,
        @Nullable Double latencyTargetMs,
        @Nullable String userGeography,
        @Nullable Double stagingLeadTimeDays,
        @Nullable Double portingCostUsd,
        boolean requiresSovereign,
        // Omitted when empty, so scenarios without exclusions are written as before.
        List<String> excludedPools) {

    public Workload {
        families = families == null ? Set.of() : Set.copyOf(families);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        excludedPools = excludedPools == null ? List.of() : List.copyOf(excludedPools);
    }

    /** A workload that may use any pool its other rules allow. */
    public Workload(String id, WorkloadKind kind, double demand, Period from, Period to, int priority,
            Set<SoftwareFamily> families, double minMemoryGb, List<String> datasets, boolean firstRefusal,
            boolean splittable, int maxShards, @Nullable Double latencyTargetMs, @Nullable String userGeography,
            @Nullable Double stagingLeadTimeDays, @Nullable Double portingCostUsd, boolean requiresSovereign) {
        this(id, kind, demand, from, to, priority, families, minMemoryGb, datasets, firstRefusal, splittable, maxShards,
                latencyTargetMs, userGeography, stagingLeadTimeDays, portingCostUsd, requiresSovereign, List.of());
    }

    /** How many shards the solver may use: 1 unless splittable. */
    public int shardCount() {
        return splittable ? Math.max(1, maxShards) : 1;
    }

    /**
     * Reference accelerators one shard carries. The demand is cut in whole reference accelerators, sizes differing
     * by at most one (1,000 in three: 334, 333, 333), and a fraction goes to the last shard: equal thirds of 333.33
     * would each round up to 334 accelerators and strand demand a pool of exactly 1,000 could take.
     */
    public double shardDemand(int shard) {
        int shards = shardCount();
        if (shards == 1) {
            return demand;
        }
        double whole = Math.floor(demand);
        long each = (long) whole / shards;
        long oneMore = (long) whole % shards;
        double size = each + (shard < oneMore ? 1 : 0);
        return shard == shards - 1 ? size + (demand - whole) : size;
    }

    /** The most reference accelerators any one shard carries. */
    public double largestShardDemand() {
        return Math.max(shardDemand(0), shardDemand(shardCount() - 1));
    }

    public boolean supports(SoftwareFamily family) {
        return families.isEmpty() || families.contains(family);
    }

    public boolean allowsPorting() {
        return portingCostUsd != null;
    }

    public Workload withDemand(double newDemand) {
        return new Workload(id, kind, newDemand, from, to, priority, families, minMemoryGb, datasets, firstRefusal,
                splittable, maxShards, latencyTargetMs, userGeography, stagingLeadTimeDays, portingCostUsd,
                requiresSovereign, excludedPools);
    }

    public Workload withExcludedPools(List<String> pools) {
        return new Workload(id, kind, demand, from, to, priority, families, minMemoryGb, datasets, firstRefusal,
                splittable, maxShards, latencyTargetMs, userGeography, stagingLeadTimeDays, portingCostUsd,
                requiresSovereign, pools);
    }

    public boolean excludes(String pool) {
        return excludedPools.contains(pool);
    }
}
