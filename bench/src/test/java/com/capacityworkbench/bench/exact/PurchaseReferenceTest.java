package com.capacityworkbench.bench.exact;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.greedy.GreedyPlanner;
import com.capacityworkbench.bench.measure.BaselineRuns;
import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.bench.purchase.PurchaseCase;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.Purchases;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import com.capacityworkbench.solver.purchase.PurchaseReading;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PurchaseReferenceTest {

    @Test
    void provesATinyPurchaseCaseAndItsObjectiveIsTheEvaluatorsCost() {
        Scenario scenario = PurchasableCapacity.expand(PurchaseCase.generate(new PurchaseCase.Settings(12, 4, 6, 4, 2)));
        PlacementProblem problem = PlacementProblem.of(scenario);

        ExactResult result = CpSatReference.solve(problem, new CpSatReference.Limits(Duration.ofSeconds(20), 8, 1),
                GreedyPlanner.plan(problem));

        Plan plan = PlanEvaluator.evaluate(scenario, result.assignments(), PlanEvaluator.Detail.LIGHT);
        BendableScore score = BendableScore.parseScore(plan.score());
        assertThat(result.provenOptimal()).isTrue();
        assertThat(result.objectivesMatchEvaluator()).as("every CP-SAT objective equals the evaluator's").isTrue();
        assertThat(BaselineRuns.matches(result, score)).as("no hard rule broken, every level the evaluator's").isTrue();
        Purchases bought = PurchaseReading.of(scenario, plan);
        assertThat(bought.offers()).as("the inventory alone is short: the optimum buys").isNotEmpty();
        assertThat(plan.kpis().totalUnplacedDemand())
                .isLessThan(PlanEvaluator.evaluate(scenario, GreedyPlanner.plan(problem), PlanEvaluator.Detail.LIGHT)
                        .kpis().totalUnplacedDemand());
    }

    @Test
    void everySolutionOfAShortLimitIsCountedAsTheEvaluatorCountsIt() {
        Scenario scenario = PurchasableCapacity.expand(PurchaseCase.generate(new PurchaseCase.Settings(60, 12, 5)));
        PlacementProblem problem = PlacementProblem.of(scenario);

        ExactResult result = CpSatReference.solve(problem, new CpSatReference.Limits(Duration.ofSeconds(3), 8, 1),
                GreedyPlanner.plan(problem));

        BendableScore score = PlanEvaluator.score(scenario, result.assignments());
        assertThat(result.objectivesMatchEvaluator()).isTrue();
        assertThat(BaselineRuns.matches(result, score)).isTrue();
        for (LevelOutcome level : result.levels()) {
            assertThat(level.bound()).isLessThanOrEqualTo(level.objective());
        }
    }
}
