package com.capacityworkbench.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.testing.Solving;
import org.junit.jupiter.api.Test;

/**
 * The generated 500×30×12 (seed 1), the biggest case the quality target "within 1 % of the optimum" covers.
 * A MIP of its unplaced level (bench module, SCIP, 1,500 s) proves that at least 2,113,495 demand × priority
 * stays unplaced (docs/benchmarks.md). Given a fixed number of moves (about 10 s on the benchmark machine,
 * construction included) the solver must end within 1 % of that bound. Before the make-room descent and
 * make-room moves that weigh several unplaced shards, fill the room they leave and free site power, this
 * seed ended 2.7 % above the bound.
 */
class GeneratedMidSizeQualityTest {

    private static final double PROVEN_LEAST_UNPLACED = 2_113_495;

    @Test
    void leavesUnplacedWithinOnePercentOfTheProvenBound() throws Exception {
        Plan plan = Solving.solve(ScenarioGenerator.generate(new ScenarioGenerator.Settings(500, 30, 12, 1)), null,
                MOVES, 1);

        // The score's level, in the MIP's units: each shard's demand × priority rounded to a whole number.
        double unplaced = -BendableScore.parseScore(plan.score()).softScore(ScoreLevels.UNPLACED)
                / (double) ScoreLevels.WEIGHT_SCALE;
        assertThat(plan.isFeasible()).isTrue();
        assertThat(unplaced).isBetween(PROVEN_LEAST_UNPLACED, PROVEN_LEAST_UNPLACED * 1.01);
    }

    private static final long MOVES = 150_000;
}
