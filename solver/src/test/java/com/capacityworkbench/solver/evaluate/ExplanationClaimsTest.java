package com.capacityworkbench.solver.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.build.SolutionAssignments;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.move.StrandedDemandRepair;
import com.capacityworkbench.solver.rules.PlacementCalculator;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.testing.RandomScenarios;
import com.capacityworkbench.solver.testing.Solving;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Explanations never contradict the plan or the policy (issue #14): every explanation of the shipped samples
 * and of generated scenarios, briefly solved, is read claim by claim and each claim checked against the plan
 * ({@link ClaimChecker}). Short solves on purpose: they leave room on pools and work off the primary, so
 * there is more to explain and more to get wrong.
 */
class ExplanationClaimsTest {

    private static final long MOVES = 3_000;
    private static final Map<String, Integer> CLAIMS = new TreeMap<>();
    private static final AtomicInteger RESIZED = new AtomicInteger();

    static Stream<Named<Scenario>> scenarios() throws Exception {
        Scenario frontier = Solving.sample("frontier-2027.json");
        Scenario eu = Solving.sample("eu-sovereign.json");
        return Stream.of(
                Named.of("tiny", Solving.sample("tiny.json")),
                Named.of("frontier-2027 (strict)", frontier),
                Named.of("frontier-2027 in preference mode", withMode(frontier, FirstRefusalMode.PREFERENCE)),
                Named.of("eu-sovereign (preference)", eu),
                Named.of("eu-sovereign in strict mode", withMode(eu, FirstRefusalMode.STRICT)),
                Named.of("generated 60x15x6 seed 1", generated(60, 15, 6, 1)),
                Named.of("generated 60x15x6 seed 2 in preference mode",
                        withMode(generated(60, 15, 6, 2), FirstRefusalMode.PREFERENCE)),
                Named.of("generated 120x20x8 seed 3", generated(120, 20, 8, 3)),
                Named.of("random seed 1", RandomScenarios.generate(1, 40, 15, 8)),
                Named.of("random seed 2", RandomScenarios.generate(2, 40, 15, 8)),
                Named.of("random seed 3", RandomScenarios.generate(3, 40, 15, 8)),
                Named.of("random seed 4", RandomScenarios.generate(4, 40, 15, 8)));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyClaimHolds(Scenario scenario) {
        Plan plan = solveBriefly(scenario);
        ClaimChecker checker = new ClaimChecker(new PlanFacts(scenario, plan));
        checker.checkAll();
        synchronized (CLAIMS) {
            checker.claims.forEach((kind, n) -> CLAIMS.merge(kind, n, Integer::sum));
        }
        assertThat(checker.failures).as("claims that contradict the plan (%s)", ClaimChecker.describe(checker.claims))
                .isEmpty();
    }

    /** The walk must have met every kind of claim at least once, or it proves nothing about that kind. */
    @AfterAll
    static void everyKindOfClaimWasMet() {
        System.out.println("ExplanationClaimsTest walked: " + ClaimChecker.describe(CLAIMS));
        assertThat(CLAIMS).containsKeys("explanations", "per-shard placement", "room", "capacity figures",
                "rule blocks Software family", "rule blocks Residency", "candidate open", "candidate static rule",
                "premium did not cover", "shortfall", "a shard on the primary is not declined");
        assertThat(RESIZED.get()).as("plans with shards resized to fit").isPositive();
    }

    private static Plan solveBriefly(Scenario scenario) {
        SolverFactory<PlacementSolution> factory = SolverFactory.create(PlacementSolverConfig.of(
                new SolveRequest(scenario, null, Duration.ofMinutes(2), null, MOVES, 7), true));
        PlacementSolution solved = factory.buildSolver().solve(SolutionBuilder.build(scenario));
        ScenarioIndex index = ScenarioIndex.of(scenario);
        List<Assignment> rows = SolutionAssignments.of(solved, index);
        // As every solve ends: split workloads' shards resized to place what fits, explained at their sizes.
        List<Assignment> fitted = StrandedDemandRepair.apply(solved, rows, new PlacementCalculator(index));
        if (fitted != rows) {
            RESIZED.incrementAndGet();
        }
        return PlanEvaluator.evaluate(scenario, fitted);
    }

    private static Scenario generated(int workloads, int pools, int periods, long seed) {
        return ScenarioGenerator.generate(new ScenarioGenerator.Settings(workloads, pools, periods, seed));
    }

    private static Scenario withMode(Scenario scenario, FirstRefusalMode mode) {
        Policies p = scenario.policies();
        double premium = mode == FirstRefusalMode.PREFERENCE && p.firstRefusalPremium() == 0 ? 1.0 : p.firstRefusalPremium();
        return scenario.withPolicies(new Policies(p.primaryProvider(), mode, premium, p.carbonPricePerTonne(),
                p.maxProviderSharePct(), p.hostOverheadFraction()))
                .withName(scenario.name() + " (" + mode.name().toLowerCase() + ")");
    }
}
