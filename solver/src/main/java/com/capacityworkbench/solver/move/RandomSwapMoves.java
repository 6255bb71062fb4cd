package com.capacityworkbench.solver.move;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Two random movable shards on different places (a pool each, or one unplaced) that may each sit where the
 * other is, swapped: as Timefold's swap selector draws them on entity-dependent ranges.
 */
public final class RandomSwapMoves extends RandomShardMoves {

    /** Partners tried for one left shard before another is drawn. */
    private static final int PARTNER_ATTEMPTS = 100;

    @Override
    @Nullable Move<PlacementSolution> draw(MovableShards shards,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random) {
        // The left shard is drawn first and kept while partners are tried, so that, as in Timefold's selector,
        // each shard is as likely to move whatever its number of partners. A placed left shard's partners
        // come from those that may sit on its pool, so only the other half of the check can fail.
        for (int attempt = 0; attempt < ATTEMPTS; attempt += PARTNER_ATTEMPTS) {
            Shard left = shards.any(random);
            PlacementPool leftPool = left.getPool();
            for (int partner = 0; partner < PARTNER_ATTEMPTS; partner++) {
                Shard right = leftPool == null ? shards.any(random) : shards.acceptingAny(leftPool, random);
                if (right == null) {
                    break;
                }
                PlacementPool rightPool = right.getPool();
                if (leftPool != rightPool && accepts(left, rightPool) && accepts(right, leftPool)) {
                    return new PoolSwap(poolVariable, left, right);
                }
            }
        }
        return null;
    }
}
