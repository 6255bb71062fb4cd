package com.capacityworkbench.solver.move;

import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import java.util.List;
import java.util.random.RandomGenerator;

/** Timefold's source of {@link FirstRefusalRepack} moves, on plans in strict first-refusal mode. */
public final class FirstRefusalRepackMoves extends PlannedMoves {

    /** The primary's pools: fixed for a solve, found again only for another working plan. */
    private List<PlacementPool> primary = List.of();

    @Override
    void prepare(PlacementSolution solution, WorkingPlan view) {
        primary = FirstRefusalRepack.primaryPools(view);
    }

    @Override
    boolean applies(PlacementSolution solution) {
        return FirstRefusalRepack.applies(solution);
    }

    @Override
    List<MakeRoom.Change> plan(WorkingPlan view, RandomGenerator random) {
        return FirstRefusalRepack.plan(view, primary, random);
    }
}
