package com.capacityworkbench.solver.move;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import com.capacityworkbench.solver.domain.PlacementPool;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import java.util.SplittableRandom;

/**
 * Between the construction and the local search: while some unplaced shard can be placed by making room
 * for it, make room for the one that saves the most unplaced demand. Local search takes the first move
 * it accepts, which settles the unplaced level on whichever improvement it met first; taking the best
 * one each time first leaves less unplaced (docs/benchmarks.md), and the local search then works on the
 * rest of the score from there.
 */
public final class MakeRoomDescent implements PhaseCommand<PlacementSolution> {

    /** Fixed, so that a solve stays reproducible for its seed. */
    private static final long SEED = 7;

    @Override
    public void changeWorkingSolution(PhaseCommandContext<PlacementSolution> context) {
        PlanningVariableMetaModel<PlacementSolution, Shard, PlacementPool> poolVariable =
                MakeRoomMoves.poolVariable(context.getSolutionMetaModel());
        PlacementSolution solution = context.getWorkingSolution();
        SplittableRandom random = new SplittableRandom(SEED);
        WorkingPlan view = WorkingPlan.of(solution);
        BendableScore score = solution.getScore();
        while (!context.isPhaseTerminated()) {
            view = WorkingPlan.following(view, solution);
            if (view.unplaced().isEmpty()) {
                return;
            }
            MakeRoom best = MakeRoom.bestAmong(view, view.unplaced(), random);
            if (best == null || best.gain() <= 0) {
                return;
            }
            var move = MakeRoomMoves.asMove(best, poolVariable);
            BendableScore after = context.executeTemporarilyAndCalculateScore(move);
            // The room check covers accelerators and power; the score has the last word (it sees every level).
            if (score != null && after.compareTo(score) <= 0) {
                return;
            }
            context.execute(move);
            score = after;
        }
    }
}
