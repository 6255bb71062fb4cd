package com.capacityworkbench.bench.greedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.bench.Samples;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GreedyPlannerTest {

    @ParameterizedTest
    @CsvSource({"200,20,12,1", "200,20,12,2", "500,30,12,3", "300,40,8,4"})
    void greedyPlansOfGeneratedScenariosBreakNoHardRule(int workloads, int pools, int periods, long seed) {
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(workloads, pools, periods, seed));

        List<Assignment> plan = GreedyPlanner.plan(scenario);
        Plan evaluated = PlanEvaluator.evaluate(scenario, plan, PlanEvaluator.Detail.LIGHT);

        assertThat(evaluated.hardViolations()).isEmpty();
        assertThat(PlanEvaluator.score(scenario, plan).hardScore(0)).isZero();
        int shards = scenario.workloads().stream().mapToInt(w -> w.shardCount()).sum();
        assertThat(plan).hasSize(shards);
        // The generator fills about 85 % of capacity: a careful planner places most of it.
        assertThat(plan.stream().filter(Assignment::isPlaced).count()).isGreaterThan(shards / 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.json", "frontier-2027.json", "eu-sovereign.json"})
    void greedyPlansOfTheSamplesBreakNoHardRule(String sample) throws Exception {
        Scenario scenario = Samples.read(sample);

        Plan evaluated = PlanEvaluator.evaluate(scenario, GreedyPlanner.plan(scenario), PlanEvaluator.Detail.LIGHT);

        assertThat(evaluated.hardViolations()).isEmpty();
    }
}
