package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.ShardSplit;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One workload shard of the plan under evaluation: the assignment as given, and its figures on its
 * pool (null when unplaced).
 */
record EvaluatedShard(Workload workload, int shard, double demand, boolean pinned, @Nullable ShardOnPool figures) {

    static EvaluatedShard unplaced(Workload workload, int shard, double demand, boolean pinned) {
        return new EvaluatedShard(workload, shard, demand, pinned, null);
    }

    /** A split workload's remainder: what the plan fitted nowhere once every shard had a pool (ShardSplit). */
    boolean isRemainder() {
        return workload.shardCount() > 1 && shard == ShardSplit.remainderIndex(workload);
    }

    /** How many shards the plan cut the workload into, its remainder aside. */
    static int shardsOf(List<EvaluatedShard> own) {
        return (int) own.stream().filter(s -> !s.isRemainder()).count();
    }

    boolean isPlaced() {
        return figures != null;
    }

    String key() {
        return workload.id() + "#" + shard;
    }

    static String key(Assignment a) {
        return a.workload() + "#" + a.shard();
    }
}
