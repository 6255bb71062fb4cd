package com.capacityworkbench.solver.move;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.Collections;
import java.util.List;
import java.util.SequencedCollection;
import org.jspecify.annotations.Nullable;

/** One shard to another pool, or to none: drawn from its range by {@link RandomChangeMoves}. */
record PoolChange(PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, Shard shard,
        @Nullable PlacementPool pool) implements Move<PlacementSolution> {

    @Override
    public void execute(MutableSolutionView<PlacementSolution> view) {
        view.changeVariable(poolVariable, shard, pool);
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return List.of(shard);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return Collections.singletonList(pool);
    }

    @Override
    public String describe() {
        return "PoolChange";
    }

    @Override
    public String toString() {
        return shard.getId() + " -> " + (pool == null ? "unplaced" : pool.getId());
    }
}
