package com.capacityworkbench.solver.move;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A random movable shard to a random other place in its range: one of its pools, or unplaced, each as
 * likely as in Timefold's change selector (the range plus "none").
 */
public final class RandomChangeMoves extends RandomShardMoves {

    @Override
    @Nullable Move<PlacementSolution> draw(MovableShards shards,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Shard shard = shards.any(random);
            List<PlacementPool> range = shard.getPoolRange();
            int pick = random.nextInt(range.size() + 1);
            PlacementPool pool = pick == range.size() ? null : range.get(pick);
            if (pool != shard.getPool()) {
                return new PoolChange(poolVariable, shard, pool);
            }
        }
        return null;
    }
}
