package com.capacityworkbench.solver.move;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import java.util.List;
import java.util.random.RandomGenerator;

/** Timefold's source of {@link OfferRelease} moves, on plans that may buy. */
public final class OfferReleaseMoves extends PlannedMoves {

    /** The bought pools: fixed for a solve. */
    private List<PlacementPool> bought = List.of();

    @Override
    void prepare(PlacementSolution solution, WorkingPlan view) {
        bought = solution.getPools().stream().filter(PlacementPool::isBought).toList();
    }

    @Override
    boolean applies(PlacementSolution solution) {
        return !bought.isEmpty();
    }

    @Override
    List<MakeRoom.Change> plan(WorkingPlan view, RandomGenerator random) {
        return OfferRelease.plan(view, bought, random);
    }
}
