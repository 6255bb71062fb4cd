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

/** Timefold's source of {@link OfferRelease} moves, on plans that may buy. */
public final class OfferReleaseMoves extends RandomMoveFactory {

    /** Releases planned before a step goes with a plain change (when none fits its work elsewhere). */
    private static final int ATTEMPTS = 5;

    private @Nullable WorkingPlan view;
    /** The bought pools: fixed for a solve. */
    private List<PlacementPool> bought = List.of();

    @Override
    Iterator<Move<PlacementSolution>> moves(PlacementSolution solution,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random) {
        if (view == null || !view.shows(solution)) {
            view = WorkingPlan.of(solution);
            bought = solution.getPools().stream().filter(PlacementPool::isBought).toList();
        }
        return drawing(!bought.isEmpty() && !view.movable().isEmpty(), () -> {
            view = WorkingPlan.following(view, solution);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                List<MakeRoom.Change> changes = OfferRelease.plan(view, bought, random);
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
