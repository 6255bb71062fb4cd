package com.capacityworkbench.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.Figure;
import com.capacityworkbench.model.validation.ScoreBounds;
import com.capacityworkbench.solver.build.SolutionAssignments;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.testing.ExactScore;
import com.capacityworkbench.solver.testing.ExtremeScenarios;
import com.capacityworkbench.solver.testing.ExtremeScenarios.Prices;
import com.capacityworkbench.solver.testing.ExtremeScenarios.Size;
import com.capacityworkbench.solver.testing.Solving;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extreme valid scenario (every figure at the edge of its range, the weights as high as validation lets
 * them be) is scored exactly: the solver's score of its worst plans equals the same sums taken in BigInteger,
 * the plan evaluator agrees, the KPIs are the score's dollars, and a solve of it ends with a plan. The largest
 * problem (20,000 workloads) runs only when asked: {@code -Dextreme.large=true}.
 */
class ExtremeScenarioTest {

    private static final SolverFactory<PlacementSolution> FACTORY = SolverFactory.create(PlacementSolverConfig.of(
            new SolveRequest(ExtremeScenarios.of(new Size(2, 2, 1), FirstRefusalMode.STRICT, Prices.DEAREST), null,
                    Duration.ofMinutes(1), null, 1_000L, 7), true));
    private static final SolutionManager<PlacementSolution, BendableScore> MANAGER = SolutionManager.create(FACTORY);

    /** Twenty years of quarters, the longest horizon, at a size the build runs in a few seconds. */
    private static final Size NORMAL = new Size(60, 12, 80);
    /**
     * The largest problem in workloads and periods, with shards as a generated scenario has them; fewer
     * pools, as every workload is weighed on every pool.
     */
    private static final Size LARGE = new Size(20_000, 200, 12, 4);


    @ParameterizedTest
    @MethodSource("com.capacityworkbench.solver.testing.ExtremeScenarios#variants")
    void theWorstPlansOfTheExtremeScenarioAreScoredExactly(FirstRefusalMode mode, Prices prices) {
        assertExact(ExtremeScenarios.of(NORMAL, mode, prices));
    }

    @ParameterizedTest
    @MethodSource("com.capacityworkbench.solver.testing.ExtremeScenarios#variants")
    void aSolveOfTheExtremeScenarioEndsWithAPlanItsEvaluatorAgreesWith(FirstRefusalMode mode, Prices prices)
            throws Exception {
        Scenario scenario = ExtremeScenarios.of(new Size(20, 6, 80), mode, prices);
        Plan plan = Solving.solve(scenario, 2_000);
        List<Assignment> assignments = plan.assignments();
        assertThat(plan.score()).isEqualTo(PlanEvaluator.score(scenario, assignments).toString());
        assertThat(plan.kpis().totalCostUsd()).isFinite();
    }

    @ParameterizedTest
    @MethodSource("com.capacityworkbench.solver.testing.ExtremeScenarios#variants")
    @EnabledIfSystemProperty(named = "extreme.large", matches = "true")
    void theLargestPlausibleProblemIsScoredExactly(FirstRefusalMode mode, Prices prices) {
        assertExact(ExtremeScenarios.of(LARGE, mode, prices));
    }

    private static void assertExact(Scenario scenario) {
        // Every shard placed: the worst plan on every level but the unplaced one.
        PlacementSolution placed = SolutionBuilder.build(scenario, Solving.pinned(scenario,
                ExtremeScenarios.everyShardPlaced(scenario)));
        BendableScore score = MANAGER.update(placed);
        BigInteger[] exact = ExactScore.of(placed, scenario);
        assertThat(levels(score)).containsExactly(exact);
        List<Assignment> assignments = SolutionAssignments.of(placed, ScenarioIndex.of(scenario));
        assertThat(PlanEvaluator.score(scenario, assignments)).isEqualTo(score);
        assertAtTheEdge(exact[1 + ScoreLevels.COST], scenario.weights().cost());
        assertAtTheEdge(exact[1 + ScoreLevels.LATENCY], scenario.weights().latency());
        assertAtTheEdge(exact[1 + ScoreLevels.PROVIDER_SHARE], scenario.weights().providerShare());
        if (scenario.policies().firstRefusal() == FirstRefusalMode.STRICT) {
            assertAtTheEdge(exact[1 + ScoreLevels.FIRST_REFUSAL], scenario.weights().firstRefusal());
        }

        Kpis kpis = PlanEvaluator.evaluate(scenario, assignments, PlanEvaluator.Detail.LIGHT).kpis();
        double dollars = ExactScore.costWithoutPremium(placed, scenario).doubleValue();
        assertThat(kpis.totalCostUsd()).isCloseTo(dollars, org.assertj.core.data.Percentage.withPercentage(1e-6));

        // Nothing placed: the worst plan on the unplaced level.
        PlacementSolution unplaced = SolutionBuilder.build(scenario, Solving.pinned(scenario, List.of()));
        unplaced.getShards().forEach(s -> s.setPool(null));
        BendableScore none = MANAGER.update(unplaced);
        assertThat(levels(none)).containsExactly(ExactScore.of(unplaced, scenario));
        assertAtTheEdge(BigInteger.valueOf(none.softScore(ScoreLevels.UNPLACED)), scenario.weights().unplacedDemand());
    }

    /**
     * A level whose weight was raised until validation refused (not off, not at the range's maximum): its worst
     * plan is within a factor 4 of the limit (the bound counts a little more than any plan, one unit per rounding).
     */
    private static void assertAtTheEdge(BigInteger level, double weight) {
        if (weight > 0 && weight < Figure.WEIGHT.max()) {
            assertThat(level.negate()).as("weight %s", weight)
                    .isGreaterThan(BigInteger.valueOf((long) (ScoreBounds.LIMIT / 4)))
                    .isLessThanOrEqualTo(BigInteger.valueOf((long) ScoreBounds.LIMIT));
        }
    }

    private static BigInteger[] levels(BendableScore score) {
        BigInteger[] levels = new BigInteger[1 + ScoreLevels.SOFT_LEVELS];
        levels[0] = BigInteger.valueOf(score.hardScore(0));
        for (int level = 0; level < ScoreLevels.SOFT_LEVELS; level++) {
            levels[1 + level] = BigInteger.valueOf(score.softScore(level));
        }
        return levels;
    }
}
