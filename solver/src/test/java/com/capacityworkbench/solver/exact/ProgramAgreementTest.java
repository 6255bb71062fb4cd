package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.testing.RandomScenarios;
import com.capacityworkbench.solver.testing.Solving;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.stream.LongStream;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import com.capacityworkbench.solver.testing.RandomPurchases;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole plan's program counts every soft level exactly as the score does: with every count fixed where a
 * solved plan has it, each level's least value is the plan's penalty on that level (egress and porting paid
 * once, the provider share's floor, the premium, every weight). A bound or proof the exact search reports is
 * only as good as this agreement.
 */
class ProgramAgreementTest {

    private static final SolverFactory<PlacementSolution> LOCAL_SEARCH = SolverFactory.create(PlacementSolverConfig.of(
            new SolveRequest(RandomScenarios.generate(0, 1, 1, 1), null, Duration.ofMinutes(1), null, 2_000L, 7), true));

    @BeforeAll
    static void natives() {
        CpSatLibrary.load();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesOnRandomScenarios(long seed) {
        assumeThat(assertAgreement(RandomScenarios.generate(seed, 30, 10, 6))).as("a plan that keeps every hard rule").isNotNull();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesOnGeneratedScenarios(long seed) {
        assumeThat(assertAgreement(ScenarioGenerator.generate(new ScenarioGenerator.Settings(40, 12, 6, seed)))).as("a plan that keeps every hard rule").isNotNull();
    }

    /**
     * Bought capacity (blocks for the busiest period, the upfront payment, the unused commitment, build-out capex) as
     * the score pays it; spend terms are left out, as the program does not model them.
     */
    @Test
    void agreesOnScenariosThatBuy() {
        int buying = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Scenario drawn = RandomPurchases.add(ScenarioGenerator.generate(new ScenarioGenerator.Settings(40, 12, 6, seed)),
                    seed, 8, 3);
            PurchaseOptions options = drawn.purchaseOptions();
            Scenario scenario = PurchasableCapacity.expand(
                    drawn.withPurchaseOptions(new PurchaseOptions(options.offers(), options.buildOuts(), List.of())));
            PlacementSolution solved = assertAgreement(scenario);
            if (solved != null && solved.getShards().stream().anyMatch(s -> s.getPool() != null
                    && (s.getPool().getOffer() != null || s.getPool().getBuildOut() != null))) {
                buying++;
            }
        }
        assertThat(buying).as("plans that buy, of 8").isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.json", "frontier-2027.json", "eu-sovereign.json"})
    void agreesOnTheSamples(String sample) throws Exception {
        assumeThat(assertAgreement(Solving.sample(sample))).as("a plan that keeps every hard rule").isNotNull();
    }

    /** @return the plan checked, or null when it broke a hard rule (the program cannot describe it) */
    private static PlacementSolution assertAgreement(Scenario scenario) {
        PlacementSolution solved = LOCAL_SEARCH.buildSolver().solve(SolutionBuilder.build(scenario));
        BendableScore score = solved.getScore();
        // The program keeps capacity and power as limits: it can only describe plans that keep them.
        if (!score.isFeasible()) {
            return null;
        }
        PlacementProgram program = PlacementProgram.of(solved, Slice.whole(solved),
                RuleWeights.of(solved.getConstraintWeightOverrides()));
        RuleWeights weights = RuleWeights.of(solved.getConstraintWeightOverrides());
        for (int level = 0; level < ScoreLevels.SOFT_LEVELS; level++) {
            LinearExpr expression = program.level(level);
            long penalty = -score.softScore(level) - (level == ScoreLevels.UNPLACED ? nowhereToGo(solved, weights) : 0);
            if (expression == null) {
                assertThat(penalty).as("level %d counts nothing in the program", level).isZero();
            } else {
                assertThat(leastValueAtThePlan(program, expression)).as("level %d", level).isEqualTo(penalty);
            }
        }
        return solved;
    }

    /** Shards no pool may take stay out of the program: their unplaced demand is the same in every plan. */
    private static long nowhereToGo(PlacementSolution plan, RuleWeights weights) {
        return plan.getShards().stream().filter(s -> s.getPoolRange().isEmpty())
                .mapToLong(s -> s.getUnplacedWeight() * weights.unplacedDemand()).sum();
    }

    /** The level's least value with every count fixed to the plan (the "paid" and "excess" helpers free). */
    private static long leastValueAtThePlan(PlacementProgram program, LinearExpr expression) {
        program.hintCurrentPlan();
        program.model().clearObjective();
        program.model().minimize(expression);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setFixVariablesToTheirHintedValue(true).setMaxTimeInSeconds(30);
        assertThat(solver.solve(program.model())).isEqualTo(CpSolverStatus.OPTIMAL);
        return Math.round(solver.objectiveValue());
    }
}
