package com.capacityworkbench.bench.exact;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.Samples;
import com.capacityworkbench.bench.greedy.GreedyPlanner;
import com.capacityworkbench.bench.measure.BaselineRuns;
import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CpSatReferenceTest {

    private static final CpSatReference.Limits LIMITS = new CpSatReference.Limits(Duration.ofSeconds(20), 8, 1);

    /** The best plan of samples/tiny.json, derived by hand in samples/README.md (and checked by the solver's TinySampleTest). */
    private static final Map<String, String> TINY_OPTIMUM = Map.of(
            "eu-chat-finetune#0", "azure-swc-h100",
            "chat-serving#0", "azure-swc-h100",
            "chat-serving#1", "azure-swc-h100",
            "frontier-pretrain#0", "abilene-mi300x",
            "neuron-batch#0", "aws-use1-trn2",
            "rl-run#0", "azure-eus-h100",
            "sovereign-finetune#0", "unplaced");

    @Test
    void provesTheKnownOptimumOfTheTinySample() throws Exception {
        Scenario tiny = Samples.read("tiny.json");
        PlacementProblem problem = PlacementProblem.of(tiny);

        ExactResult result = CpSatReference.solve(problem, LIMITS, GreedyPlanner.plan(problem));

        assertThat(result.provenOptimal()).isTrue();
        assertThat(result.objectivesMatchEvaluator()).isTrue();
        assertThat(placements(result.assignments())).isEqualTo(TINY_OPTIMUM);
        BendableScore optimum = PlanEvaluator.score(tiny, assignmentsOf(problem, TINY_OPTIMUM));
        assertThat(PlanEvaluator.score(tiny, result.assignments())).isEqualTo(optimum);
        for (LevelOutcome level : result.levels()) {
            assertThat(level.objective()).as(level.level().label())
                    .isEqualTo(-optimum.softScore(level.level().softIndex()))
                    .isEqualTo(level.bound());
        }
    }

    @Test
    void objectiveOfAGeneratedCaseEqualsTheEvaluatorsScoreAndBeatsGreedy() {
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(60, 8, 8, 5));
        PlacementProblem problem = PlacementProblem.of(scenario);
        List<Assignment> greedy = GreedyPlanner.plan(problem);

        // Whether or not each level is proven in the short limit, the plan's values must be the evaluator's.
        ExactResult result = CpSatReference.solve(problem, new CpSatReference.Limits(Duration.ofSeconds(3), 8, 1), greedy);

        BendableScore exact = PlanEvaluator.score(scenario, result.assignments());
        assertThat(result.objectivesMatchEvaluator()).as("every CP-SAT objective equals the evaluator's score").isTrue();
        assertThat(BaselineRuns.matches(result, exact)).as("every level's value is the evaluator's").isTrue();
        assertThat(exact.hardScore(0)).isZero();
        assertThat(exact).isGreaterThanOrEqualTo(PlanEvaluator.score(scenario, greedy));
        for (LevelOutcome level : result.levels()) {
            assertThat(level.bound()).isLessThanOrEqualTo(level.objective());
        }
    }

    private static Map<String, String> placements(List<Assignment> assignments) {
        Map<String, String> where = new TreeMap<>();
        assignments.forEach(a -> where.put(a.workload() + "#" + a.shard(), a.pool() == null ? "unplaced" : a.pool()));
        return where;
    }

    private static List<Assignment> assignmentsOf(PlacementProblem problem, Map<String, String> where) {
        return problem.shards().stream().map(s -> PlacementProblem.assignment(s, s.options().stream()
                .filter(o -> o.pool().id().equals(where.get(s.key()))).findFirst().orElse(null))).toList();
    }
}
