package com.capacityworkbench.solver.move;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Random moves of single shards for local search, drawn the way Timefold's own change and swap selectors
 * draw them but with the candidate check one array read ({@link Shard#optionOn}):
 * Timefold's selectors, which must serve any model, spent a quarter of the solver thread at 5000x300x12
 * filtering entities and looking values up in hash maps (docs/benchmarks.md).
 */
abstract sealed class RandomShardMoves extends RandomMoveFactory
        permits RandomChangeMoves, RandomSwapMoves {

    /** Draws before a step goes without a move of this kind (only when nearly nothing can move). */
    static final int ATTEMPTS = 1_000;

    private @Nullable PlacementSolution movableOf;
    private @Nullable MovableShards movable;

    @Override
    final Iterator<Move<PlacementSolution>> moves(PlacementSolution solution,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random) {
        // Timefold asks for a new iterator at every step: the movable shards are found once per working plan.
        if (solution != movableOf) {
            movable = MovableShards.of(solution);
            movableOf = solution;
        }
        MovableShards movable = this.movable;
        // Timefold's random hands each number through a delegating wrapper, and a swap draws about ten shards
        // before it finds a pair (5000x300x12). A generator seeded from it keeps the solve reproducible.
        SplittableRandom draws = new SplittableRandom(random.nextLong());
        return new Iterator<>() {
            private @Nullable Move<PlacementSolution> upcoming;

            @Override
            public boolean hasNext() {
                if (upcoming == null && !movable.isEmpty()) {
                    upcoming = draw(movable, poolVariable, draws);
                }
                return upcoming != null;
            }

            @Override
            public Move<PlacementSolution> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Move<PlacementSolution> move = upcoming;
                upcoming = null;
                return move;
            }
        };
    }

    /** A move that changes the plan, or null when none was found in {@link #ATTEMPTS} draws. */
    abstract @Nullable Move<PlacementSolution> draw(MovableShards shards,
            PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable, RandomGenerator random);

    /** Whether the shard may sit on the pool (none, or one of its range). */
    static boolean accepts(Shard shard, @Nullable PlacementPool pool) {
        return pool == null || shard.optionOn(pool) != null;
    }
}
