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
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A source of moves Timefold only ever draws at random: each move is planned from the plan as it stands, so
 * there is no list of moves to go through in order.
 *
 * <p>The one adapter between our moves and Timefold's {@code impl} packages (ArchitectureTest keeps it the only
 * one): Timefold 2.2 has no public API for a move source that plans from the whole working plan (its preview
 * Neighborhoods API builds moves from streams of entities and values), so the custom moves plug in as a
 * {@link MoveIteratorFactory}, and the pool variable's metamodel is read from the score director Timefold hands in,
 * which is an {@link InnerScoreDirector}. TimefoldMoveAdapterTest pins both on the Timefold version in the build.
 */
abstract class RandomMoveFactory implements MoveIteratorFactory<PlacementSolution, Move<PlacementSolution>> {

    private @Nullable ScoreDirector<PlacementSolution> variableOf;
    private @Nullable PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable;

    @Override
    public final long getSize(ScoreDirector<PlacementSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getShards().size();
    }

    @Override
    public final Iterator<Move<PlacementSolution>> createOriginalMoveIterator(
            ScoreDirector<PlacementSolution> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " are only selected at random");
    }

    @Override
    public final Iterator<Move<PlacementSolution>> createRandomMoveIterator(
            ScoreDirector<PlacementSolution> scoreDirector, RandomGenerator random) {
        // The variable's metamodel is the same for the whole solve: looked up once per score director.
        if (scoreDirector != variableOf || poolVariable == null) {
            poolVariable = MakeRoomMoves.poolVariable(
                    ((InnerScoreDirector<PlacementSolution, ?>) scoreDirector).getSolutionDescriptor().getMetaModel());
            variableOf = scoreDirector;
        }
        return moves(scoreDirector.getWorkingSolution(), poolVariable, random);
    }

    /**
     * The moves of one step, planned from the working plan as Timefold holds it (changed in place between steps).
     * Timefold asks for a new iterator at every step, hasNext() at every step and next() only when it picks this
     * source.
     */
    abstract Iterator<Move<PlacementSolution>> moves(PlacementSolution working,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random);

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
}
