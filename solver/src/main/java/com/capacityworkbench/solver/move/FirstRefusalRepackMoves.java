package com.capacityworkbench.solver.move;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Timefold's source of {@link FirstRefusalRepack} moves, on plans in strict first-refusal mode. */
public final class FirstRefusalRepackMoves extends RandomMoveFactory {

    /** Repacks planned before a step goes with a plain change (when no repack moves anything). */
    private static final int ATTEMPTS = 5;

    private @Nullable WorkingPlan view;
    /** The primary's pools: fixed for a solve, found again only for another working plan. */
    private List<PlacementPool> primary = List.of();

    @Override
    Iterator<Move<PlacementSolution>> moves(PlacementSolution solution,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random) {
        if (view == null || !view.shows(solution)) {
            view = WorkingPlan.of(solution);
            primary = FirstRefusalRepack.primaryPools(view);
        }
        List<PlacementPool> primary = this.primary;
        return drawing(FirstRefusalRepack.applies(solution) && !view.movable().isEmpty(), () -> {
            view = WorkingPlan.following(view, solution);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                List<MakeRoom.Change> changes = FirstRefusalRepack.plan(view, primary, random);
                if (!changes.isEmpty()) {
                    return MakeRoomMoves.asMove(changes, poolVariable);
                }
            }
            Shard shard = view.movable().get(random.nextInt(view.movable().size()));
            List<PlacementPool> range = shard.getPoolRange();
            return Moves.change(poolVariable, shard, range.isEmpty() ? null : range.get(random.nextInt(range.size())));
        });
    }
}
