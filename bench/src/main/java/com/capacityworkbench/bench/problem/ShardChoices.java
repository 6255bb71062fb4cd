package com.capacityworkbench.bench.problem;

import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.List;

/**
 * One workload shard and every pool it may use on its own (no rule broken but capacity and power),
 * with its figures there: the same candidates the Timefold model gives the shard.
 */
public record ShardChoices(Workload workload, int shard, double demand, List<ShardOnPool> options) {

    public ShardChoices {
        options = List.copyOf(options);
    }

    public String key() {
        return workload.id() + "#" + shard;
    }
}
