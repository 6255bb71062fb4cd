package com.capacityworkbench.solver.move;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Timefold's source of {@link MakeRoom} moves for local search. Half the time, when work is unplaced, the
 * move that saves the most unplaced demand among a few unplaced shards, each on its best pool; otherwise
 * a random shard (an unplaced one half the time) on a random pool of its range. The plan is followed
 * through a {@link WorkingPlan}, so a move costs a pass over the shards' pool references plus the pools of
 * the shards weighed.
 */
public final class MakeRoomMoves extends RandomMoveFactory {

    /** Tries before giving up on finding a shard and pool that can be made room for, per move asked. */
    private static final int ATTEMPTS = 20;

    /** Unplaced shards weighed against each other for the best make-room move. */
    private static final int SAMPLE = 8;

    private @Nullable WorkingPlan view;

    @Override
    Iterator<Move<PlacementSolution>> moves(PlacementSolution solution,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random) {
        // Timefold asks hasNext() at every step and next() only when it picks this selector: the view is
        // brought up to date in next(), not here (which movable shards there are does not change).
        if (view == null || !view.shows(solution)) {
            view = WorkingPlan.of(solution);
        }
        return drawing(!view.movable().isEmpty(), () -> {
            view = WorkingPlan.following(view, solution);
            return plan(view, poolVariable, random);
        });
    }

    /** The shard's planning variable, typed, for building moves on it. */
    @SuppressWarnings("unchecked")
    public static PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable(
            PlanningSolutionMetaModel<PlacementSolution> metaModel) {
        return (PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool>)
                (Object) metaModel.genuineEntity(Shard.class).variable("pool", PlacementPool.class);
    }

    private static Move<PlacementSolution> plan(WorkingPlan view,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random) {
        List<Shard> movable = view.movable();
        List<Shard> unplaced = view.unplaced();
        if (!unplaced.isEmpty() && random.nextBoolean()) {
            // The local search takes the first move it accepts, so the choice between several ways to place
            // work is made here: the best of a few unplaced shards, each on its best pool.
            List<Shard> sample = new ArrayList<>(SAMPLE);
            for (int i = 0; i < SAMPLE; i++) {
                sample.add(unplaced.get(random.nextInt(unplaced.size())));
            }
            MakeRoom best = MakeRoom.bestAmong(view, sample, random);
            if (best != null && best.gain() > 0) {
                return asMove(best, poolVariable);
            }
        }
        Shard shard = null;
        PlacementPool pool = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Shard> from = !unplaced.isEmpty() && random.nextBoolean() ? unplaced : movable;
            shard = from.get(random.nextInt(from.size()));
            List<PlacementPool> range = shard.getPoolRange();
            pool = range.get(random.nextInt(range.size()));
            if (pool == shard.getPool()) {
                continue;
            }
            MakeRoom plan = MakeRoom.plan(view, shard, pool, random);
            if (plan != null) {
                return asMove(plan, poolVariable);
            }
        }
        // Nowhere to make room (pinned shards in the way): a plain change keeps the selector going.
        return Moves.change(poolVariable, shard, pool);
    }

    static Move<PlacementSolution> asMove(MakeRoom plan,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable) {
        return asMove(plan.changes(), poolVariable);
    }

    /** The changes as one move, made in their order. */
    static Move<PlacementSolution> asMove(List<MakeRoom.Change> planned,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable) {
        List<Move<PlacementSolution>> changes = new ArrayList<>(planned.size());
        for (MakeRoom.Change change : planned) {
            changes.add(Moves.change(poolVariable, change.shard(), change.pool()));
        }
        return Moves.compose(changes);
    }
}
