package com.capacityworkbench.solver.move;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
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

/**
 * Timefold's source of {@link MakeRoom} moves for local search: a random shard (an unplaced one half the
 * time, when there is one) onto a random pool of its range, with the room made there. Each move reads
 * the whole plan, so it suits problems of a few thousand shards (see
 * {@link com.capacityworkbench.solver.service.PlacementSolverConfig}).
 */
public final class MakeRoomMoves implements MoveIteratorFactory<PlacementSolution, Move<PlacementSolution>> {

    /** Tries before giving up on finding a shard and pool that can be made room for, per move asked. */
    private static final int ATTEMPTS = 20;

    @Override
    public long getSize(ScoreDirector<PlacementSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getShards().size();
    }

    @Override
    public Iterator<Move<PlacementSolution>> createOriginalMoveIterator(ScoreDirector<PlacementSolution> scoreDirector) {
        throw new UnsupportedOperationException("make-room moves are only selected at random");
    }

    @Override
    public Iterator<Move<PlacementSolution>> createRandomMoveIterator(ScoreDirector<PlacementSolution> scoreDirector,
            RandomGenerator random) {
        PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable = poolVariable(scoreDirector);
        // Timefold asks hasNext() at every step and next() only when it picks this selector: the plan, which
        // reads the whole solution, is made in next().
        boolean anyMovable = scoreDirector.getWorkingSolution().getShards().stream()
                .anyMatch(shard -> !shard.isPinned() && !shard.getPoolRange().isEmpty());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return anyMovable;
            }

            @Override
            public Move<PlacementSolution> next() {
                if (!anyMovable) {
                    throw new java.util.NoSuchElementException();
                }
                return plan(scoreDirector.getWorkingSolution(), poolVariable, random);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable(
            ScoreDirector<PlacementSolution> scoreDirector) {
        return (PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool>)
                (Object) ((InnerScoreDirector<PlacementSolution, ?>) scoreDirector).getSolutionDescriptor().getMetaModel()
                        .genuineEntity(Shard.class).variable("pool", PlacementPool.class);
    }

    private static Move<PlacementSolution> plan(PlacementSolution solution,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random) {
        List<Shard> movable = new ArrayList<>();
        List<Shard> unplaced = new ArrayList<>();
        for (Shard shard : solution.getShards()) {
            if (!shard.isPinned() && !shard.getPoolRange().isEmpty()) {
                movable.add(shard);
                if (shard.getPool() == null) {
                    unplaced.add(shard);
                }
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
            MakeRoom plan = MakeRoom.plan(solution, shard, pool, random);
            if (plan != null) {
                List<Move<PlacementSolution>> changes = new ArrayList<>(plan.changes().size());
                for (MakeRoom.Change change : plan.changes()) {
                    changes.add(Moves.change(poolVariable, change.shard(), change.pool()));
                }
                return Moves.compose(changes);
            }
        }
        // Nowhere to make room (pinned shards in the way): a plain change keeps the selector going.
        return Moves.change(poolVariable, shard, pool);
    }
}
