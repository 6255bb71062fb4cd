package com.capacityworkbench.solver.move;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * A source of moves Timefold only ever draws at random: each move is planned from the plan as it stands, so
 * there is no list of moves to go through in order.
 */
abstract class RandomMoveFactory implements MoveIteratorFactory<PlacementSolution, Move<PlacementSolution>> {

    @Override
    public final long getSize(ScoreDirector<PlacementSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getShards().size();
    }

    @Override
    public final Iterator<Move<PlacementSolution>> createOriginalMoveIterator(
            ScoreDirector<PlacementSolution> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " are only selected at random");
    }

    /** Moves drawn one at a time for as long as Timefold asks, or none at all. */
    static Iterator<Move<PlacementSolution>> drawing(boolean any, Supplier<Move<PlacementSolution>> draw) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return any;
            }

            @Override
            public Move<PlacementSolution> next() {
                if (!any) {
                    throw new NoSuchElementException();
                }
                return draw.get();
            }
        };
    }

    /** The shard's planning variable in the solve the score director serves, for building moves on it. */
    static PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable(
            ScoreDirector<PlacementSolution> scoreDirector) {
        return MakeRoomMoves.poolVariable(
                ((InnerScoreDirector<PlacementSolution, ?>) scoreDirector).getSolutionDescriptor().getMetaModel());
    }
}
