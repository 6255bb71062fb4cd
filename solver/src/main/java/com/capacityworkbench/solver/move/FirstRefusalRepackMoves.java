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
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Timefold's source of {@link FirstRefusalRepack} moves, on plans in strict first-refusal mode. */
public final class FirstRefusalRepackMoves implements MoveIteratorFactory<PlacementSolution, Move<PlacementSolution>> {

    /** Repacks planned before a step goes with a plain change (when no repack moves anything). */
    private static final int ATTEMPTS = 5;

    private @Nullable PlanView view;
    /** The primary's pools: fixed for a solve, found again only for another working plan. */
    private List<PlacementPool> primary = List.of();

    @Override
    public long getSize(ScoreDirector<PlacementSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getShards().size();
    }

    @Override
    public Iterator<Move<PlacementSolution>> createOriginalMoveIterator(ScoreDirector<PlacementSolution> scoreDirector) {
        throw new UnsupportedOperationException("repack moves are only selected at random");
    }

    @Override
    public Iterator<Move<PlacementSolution>> createRandomMoveIterator(ScoreDirector<PlacementSolution> scoreDirector,
            RandomGenerator random) {
        PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable = MakeRoomMoves.poolVariable(
                ((InnerScoreDirector<PlacementSolution, ?>) scoreDirector).getSolutionDescriptor().getMetaModel());
        PlacementSolution solution = scoreDirector.getWorkingSolution();
        if (view == null || !view.shows(solution)) {
            view = PlanView.of(solution);
            primary = FirstRefusalRepack.primaryPools(view);
        }
        List<PlacementPool> primary = this.primary;
        boolean applies = FirstRefusalRepack.applies(solution) && !view.movable().isEmpty();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return applies;
            }

            @Override
            public Move<PlacementSolution> next() {
                if (!applies) {
                    throw new NoSuchElementException();
                }
                view = PlanView.following(view, solution);
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    List<MakeRoom.Change> changes = FirstRefusalRepack.plan(view, primary, random);
                    if (!changes.isEmpty()) {
                        return MakeRoomMoves.asMove(changes, poolVariable);
                    }
                }
                Shard shard = view.movable().get(random.nextInt(view.movable().size()));
                List<PlacementPool> range = shard.getPoolRange();
                return Moves.change(poolVariable, shard, range.isEmpty() ? null : range.get(random.nextInt(range.size())));
            }
        };
    }
}
