package com.capacityworkbench.solver.exact;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A program's solution as changes to the plan: per group, shards stay on the pools that keep at least as
 * many as before, and only the surplus moves to where the solution wants more (or off every pool), so the
 * plan changes no more than the counts require.
 */
final class SliceChanges {

    /** One shard to a pool, or off every pool (null). */
    record Change(Shard shard, @Nullable PlacementPool pool) {
    }

    private SliceChanges() {
    }

    static List<Change> of(Slice slice, Placement placement) {
        List<Change> changes = new ArrayList<>();
        for (int g = 0; g < slice.groups().size(); g++) {
            ShardGroup group = slice.groups().get(g);
            int pools = group.pools().size();
            List<List<Shard>> onPool = new ArrayList<>();
            for (int i = 0; i <= pools; i++) {
                onPool.add(new ArrayList<>());
            }
            for (Shard shard : group.shards()) {
                int i = shard.getPool() == null ? -1 : group.pools().indexOf(shard.getPool());
                onPool.get(i < 0 ? pools : i).add(shard);
            }
            Deque<Shard> movers = new ArrayDeque<>();
            int[] missing = new int[pools + 1];
            for (int i = 0; i <= pools; i++) {
                int wanted = i < pools ? placement.count(g, i) : placement.unplaced(g);
                List<Shard> there = onPool.get(i);
                for (int s = wanted; s < there.size(); s++) {
                    movers.add(there.get(s));
                }
                missing[i] = Math.max(0, wanted - there.size());
            }
            for (int i = 0; i <= pools; i++) {
                PlacementPool target = i < pools ? group.pools().get(i) : null;
                for (int m = 0; m < missing[i]; m++) {
                    changes.add(new Change(movers.removeFirst(), target));
                }
            }
        }
        return changes;
    }

    /** The changes as one move; null when there are none. */
    static @Nullable Move<PlacementSolution> asMove(List<Change> changes,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable) {
        if (changes.isEmpty()) {
            return null;
        }
        List<Move<PlacementSolution>> moves = new ArrayList<>(changes.size());
        for (Change change : changes) {
            moves.add(Moves.change(poolVariable, change.shard(), change.pool()));
        }
        return Moves.compose(moves);
    }
}
