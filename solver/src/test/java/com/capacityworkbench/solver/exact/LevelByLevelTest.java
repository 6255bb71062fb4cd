package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.testing.Solving;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The samples' whole programs, solved level by level from the greedy start, end at the optima the bench's exact
 * reference proved independently (docs/benchmarks.md): each level optimal, with the value it must have.
 */
class LevelByLevelTest {

    @BeforeAll
    static void natives() {
        CpSatLibrary.load();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // sample, unplaced demand, first refusal (ref-accel-hours), dollars (score units are 100 per unit).
        // tiny's optimum leaves 100 unplaced: a workload no pool may take, which stays out of the program.
        "tiny.json,              0,           3506400,   13767907",
        "eu-sovereign.json,  11400,                 0, 1102880234",
        "frontier-2027.json,     0,        4260994812, 4977433929"})
    void reachesTheProvenOptimumOnEveryLevel(String sample, long unplaced, long firstRefusal, long dollars)
            throws Exception {
        PlacementSolution plan = SolutionBuilder.build(Solving.sample(sample));
        PlacementProgram program = PlacementProgram.of(plan, Slice.whole(plan), RuleWeights.of(plan.getConstraintWeightOverrides()));

        LevelByLevel.Result result = LevelByLevel.solve(program,
                new LevelByLevel.Limits(120, 0, System.nanoTime() + 600_000_000_000L, 1, 1), () -> false);

        assertThat(result.everyLevelOptimal()).isTrue();
        assertThat(value(result.levels(), ScoreLevels.UNPLACED)).isEqualTo(unplaced * ScoreLevels.WEIGHT_SCALE);
        assertThat(value(result.levels(), ScoreLevels.FIRST_REFUSAL)).isEqualTo(firstRefusal * ScoreLevels.WEIGHT_SCALE);
        assertThat(value(result.levels(), ScoreLevels.COST)).isEqualTo(dollars * ScoreLevels.WEIGHT_SCALE);
        assertThat(result.levels()).allSatisfy(l -> assertThat(l.bound()).isEqualTo(l.value()));
    }

    private static long value(List<LevelOutcome> levels, int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst().orElseThrow().value();
    }
}
