package com.capacityworkbench.solver.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.build.SolutionAssignments;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.testing.RandomPurchases;
import com.capacityworkbench.solver.testing.RandomScenarios;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import com.capacityworkbench.solver.purchase.PurchaseTerms;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.testing.Solving;
import java.time.Duration;
import org.assertj.core.data.Offset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan evaluator, written in plain Java, scores every plan exactly as the solver's constraints do. */
class PlanEvaluatorAgreementTest {

    private static final SolverFactory<PlacementSolution> FACTORY = SolverFactory.create(PlacementSolverConfig.of(
            new SolveRequest(RandomScenarios.generate(0, 1, 1, 1), null, Duration.ofMinutes(1), null, 3_000L, 7), true));
    private static final SolutionManager<PlacementSolution, BendableScore> MANAGER = SolutionManager.create(FACTORY);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 50);
    }

    /** Every shard pinned to a random pool (or none): most hard rules break somewhere, and both must count them alike. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesOnRandomPlansThatBreakRules(long seed) {
        Scenario scenario = RandomScenarios.generate(seed, 40, 15, 8);
        Plan randomPlan = new Plan(scenario.name(), "", randomPinnedAssignments(scenario, new Random(seed)),
                PlanEvaluator.evaluate(scenario, List.of(), PlanEvaluator.Detail.LIGHT).kpis(), List.of(), List.of(), null);
        PlacementSolution solution = SolutionBuilder.build(scenario, randomPlan);
        BendableScore solverScore = MANAGER.update(solution);

        BendableScore evaluatorScore = PlanEvaluator.score(scenario,
                SolutionAssignments.of(solution, ScenarioIndex.of(scenario)));
        assertThat(evaluatorScore).isEqualTo(solverScore);
        assertThat(solverScore.hardScore(0)).as("random plans break hard rules").isNegative();
    }

    /** After a short solve, the solver's best score and the evaluator's agree, and the plan's score text is it. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesOnSolvedPlans(long seed) {
        Scenario scenario = RandomScenarios.generate(1000 + seed, 30, 12, 6);
        PlacementSolution solved = FACTORY.buildSolver().solve(SolutionBuilder.build(scenario));
        List<Assignment> assignments = SolutionAssignments.of(solved, ScenarioIndex.of(scenario));
        assertThat(PlanEvaluator.score(scenario, assignments)).isEqualTo(solved.getScore());
        Plan plan = PlanEvaluator.evaluate(scenario, assignments);
        assertThat(plan.score()).isEqualTo(solved.getScore().toString());
        assertThat(plan.isFeasible()).isEqualTo(solved.getScore().isFeasible());
    }

    /** The project's own generator (realistic regions, ramps, binding power caps), solved briefly. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesOnSolvedGeneratedScenarios(long seed) {
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(40, 15, 6, seed));
        PlacementSolution solved = FACTORY.buildSolver().solve(SolutionBuilder.build(scenario));
        List<Assignment> assignments = SolutionAssignments.of(solved, ScenarioIndex.of(scenario));
        assertThat(PlanEvaluator.score(scenario, assignments)).isEqualTo(solved.getScore());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.json", "frontier-2027.json", "eu-sovereign.json"})
    void agreesOnTheSamples(String sample) throws Exception {
        Scenario scenario = Solving.sample(sample);
        PlacementSolution solved = FACTORY.buildSolver().solve(SolutionBuilder.build(scenario));
        List<Assignment> assignments = SolutionAssignments.of(solved, ScenarioIndex.of(scenario));
        assertThat(PlanEvaluator.score(scenario, assignments)).isEqualTo(solved.getScore());
    }

    @Test
    void aSampleSolvedByTheServiceCarriesTheSolverScore() throws Exception {
        Scenario scenario = Solving.sample("tiny.json");
        Plan plan = Solving.solve(scenario, 3_000);
        PlacementSolution rebuilt = SolutionBuilder.build(scenario, pinnedCopy(plan));
        assertThat(plan.score()).isEqualTo(MANAGER.update(rebuilt).toString());
    }

    private static Plan pinnedCopy(Plan plan) {
        return plan.withAssignments(plan.assignments().stream().map(a -> a.withPinned(true)).toList());
    }

    private static List<Assignment> randomPinnedAssignments(Scenario scenario, Random random) {
        List<Assignment> assignments = new ArrayList<>();
        for (Workload w : scenario.workloads()) {
            for (int i = 0; i < w.shardCount(); i++) {
                Pool pool = random.nextInt(6) == 0 ? null : scenario.pools().get(random.nextInt(scenario.pools().size()));
                assignments.add(new Assignment(w.id(), i, w.shardDemand(i), pool == null ? null : pool.id(),
                        null, null, 0, w.from(), w.to(), 0,
                        pool == null ? AssignmentStatus.UNPLACED : AssignmentStatus.PLACED, null, true));
            }
        }
        return assignments;
    }

    /** With offers and build-outs to buy: random plans on the bought pools, then solved ones, count alike. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesOnPlansThatBuyCapacity(long seed) {
        Scenario scenario = PurchasableCapacity.expand(RandomPurchases.add(
                ScenarioGenerator.generate(new ScenarioGenerator.Settings(30, 10, 6, seed)), seed, 6, 2));
        Plan randomPlan = new Plan(scenario.name(), "", randomPinnedAssignments(scenario, new Random(seed)),
                PlanEvaluator.evaluate(scenario, List.of(), PlanEvaluator.Detail.LIGHT).kpis(), List.of(), List.of(), null);
        PurchaseTerms bought = PurchaseTerms.of(scenario);
        assertThat(randomPlan.assignments()).as("the random plan uses capacity to buy")
                .anyMatch(a -> a.pool() != null && (bought.offer(a.pool()) != null || bought.buildOut(a.pool()) != null));
        PlacementSolution pinned = SolutionBuilder.build(scenario, randomPlan);
        assertThat(PlanEvaluator.score(scenario, SolutionAssignments.of(pinned, ScenarioIndex.of(scenario))))
                .isEqualTo(MANAGER.update(pinned));

        PlacementSolution solved = FACTORY.buildSolver().solve(SolutionBuilder.build(scenario));
        List<Assignment> assignments = SolutionAssignments.of(solved, ScenarioIndex.of(scenario));
        assertThat(PlanEvaluator.score(scenario, assignments)).isEqualTo(solved.getScore());
        Plan plan = PlanEvaluator.evaluate(scenario, assignments);
        if (scenario.policies().firstRefusal() != FirstRefusalMode.PREFERENCE && scenario.weights().cost() == 1.0) {
            // Without a premium the cost level is the plan's dollars, in whole dollars per shard and charge.
            assertThat(plan.kpis().totalCostUsd()).as("the plan's cost is the score's dollars, commitments included")
                    .isCloseTo(-solved.getScore().softScore(ScoreLevels.COST) / (double) ScoreLevels.WEIGHT_SCALE,
                            Offset.offset(3.0 * (plan.assignments().size() + 10)));
        }
    }
}
