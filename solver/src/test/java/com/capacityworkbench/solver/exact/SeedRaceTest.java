package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two seeds of one level's search at once: the solution that stands is the better of the two searches (each limited in
 * CP-SAT's deterministic time here, so that each ends where it would alone), and a stop request ends both.
 */
class SeedRaceTest {

    /** Each search's work: too little to prove this program's unplaced level, so the two seeds end apart. */
    private static final double DETERMINISTIC_TIME = 0.2;

    @BeforeAll
    static void natives() {
        CpSatLibrary.load();
    }

    @Test
    void theBetterOfTheTwoSeedsStands() {
        PlacementProgram program = unplacedLevelOf(greedyPlan());
        LinearExpr objective = program.level(ScoreLevels.UNPLACED);
        int secondBetter = 0;
        for (int seed = 1; seed <= 6; seed++) {
            long firstAlone = valueAlone(program.model().getClone(), objective, seed);
            long secondAlone = valueAlone(program.model().getClone(), objective, seed + SeedRace.SEED_OFFSET);

            SeedRace.Winner winner = SeedRace.run(program.model(), solver(seed), objective, () -> false, QuietStop.NEVER);

            assertThat(winner.solver().value(objective)).as("seed %d", seed).isEqualTo(Math.min(firstAlone, secondAlone));
            secondBetter += secondAlone < firstAlone ? 1 : 0;
        }
        assertThat(secondBetter).as("races the second seed won").isPositive();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aStopRequestEndsBothSearches() {
        PlacementProgram program = unplacedLevelOf(greedyPlan());
        LinearExpr objective = program.level(ScoreLevels.UNPLACED);
        CpSolver first = new CpSolver();
        // Unlimited but for the stop: far beyond the test's timeout.
        first.getParameters().setNumWorkers(1).setRandomSeed(1).setMaxTimeInSeconds(3_600);

        SeedRace.Winner winner = SeedRace.run(program.model(), first, objective, () -> true, QuietStop.NEVER);

        assertThat(winner.status()).isNotEqualTo(CpSolverStatus.OPTIMAL);
    }

    private static PlacementSolution greedyPlan() {
        return SolutionBuilder.build(ScenarioGenerator.generate(new ScenarioGenerator.Settings(120, 10, 6, 1)));
    }

    private static PlacementProgram unplacedLevelOf(PlacementSolution plan) {
        PlacementProgram program = PlacementProgram.of(plan, Slice.whole(plan), RuleWeights.of(plan.getConstraintWeightOverrides()));
        program.hintCurrentPlan();
        program.model().minimize(program.level(ScoreLevels.UNPLACED));
        return program;
    }

    private static long valueAlone(CpModel model, LinearExpr objective, int seed) {
        CpSolver alone = solver(seed);
        CpSolverStatus status = alone.solve(model);
        assertThat(status).isIn(CpSolverStatus.FEASIBLE, CpSolverStatus.OPTIMAL);
        return alone.value(objective);
    }

    private static CpSolver solver(int seed) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(seed).setMaxDeterministicTime(DETERMINISTIC_TIME)
                .setMaxTimeInSeconds(120);
        return solver;
    }
}
