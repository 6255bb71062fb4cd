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

/**
 * A source of composite moves planned on a {@link WorkingPlan} (first-refusal repacks, releases of bought capacity):
 * a few plans tried per move asked, and a plain change of a random shard when none moves anything, so the selector
 * keeps going.
 */
abstract class PlannedMoves extends RandomMoveFactory {

    /** Plans tried before a step goes with a plain change. */
    private static final int ATTEMPTS = 5;

    private @Nullable WorkingPlan view;

    /** What the plans need of a new working plan (fixed for a solve), found once per working plan. */
    abstract void prepare(PlacementSolution solution, WorkingPlan view);

    /** Whether the plans apply to the plan at all. */
    abstract boolean applies(PlacementSolution solution);

    /** One plan in the plan the view shows; empty when it moves nothing. */
    abstract List<MakeRoom.Change> plan(WorkingPlan view, RandomGenerator random);

    @Override
    final Iterator<Move<PlacementSolution>> moves(PlacementSolution solution,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random) {
        if (view == null || !view.shows(solution)) {
            view = WorkingPlan.of(solution);
            prepare(solution, view);
        }
        return drawing(applies(solution) && !view.movable().isEmpty(), () -> {
            view = WorkingPlan.following(view, solution);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                List<MakeRoom.Change> changes = plan(view, random);
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
