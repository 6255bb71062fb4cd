package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.domain.Shard;
import com.capacityworkbench.solver.score.ScoreLevels;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.testing.ExtremeScenarios;
import com.capacityworkbench.solver.testing.ExtremeScenarios.Prices;
import com.capacityworkbench.solver.testing.ExtremeScenarios.Size;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.PartialVariableAssignment;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact search's programs of the extreme valid scenario are exact or refused: each is either written in
 * 64-bit integers that CP-SAT accepts, and then every level of the whole plan's program, at the plan's own
 * counts, is the plan's score on that level to the unit (taken in BigInteger), or it is refused with a
 * {@link ProgramOverflow}, which leaves the plan to the local search.
 */
class ExtremeProgramTest {

    private static final SolutionManager<PlacementSolution, BendableScore> MANAGER = SolutionManager.create(
            SolverFactory.create(PlacementSolverConfig.of(new SolveRequest(
                    ExtremeScenarios.of(new Size(2, 2, 1), FirstRefusalMode.STRICT, Prices.DEAREST), null, Duration.ofMinutes(1),
                    null, 1_000L, 7), true)));

    @BeforeAll
    static void natives() {
        CpSatLibrary.load();
    }


    @ParameterizedTest
    @MethodSource("com.capacityworkbench.solver.testing.ExtremeScenarios#variants")
    void everyProgramIsExactOrRefused(FirstRefusalMode mode, Prices prices) {
        Scenario scenario = ExtremeScenarios.of(new Size(60, 12, 80), mode, prices);
        PlacementSolution plan = SolutionBuilder.build(scenario);
        BendableScore score = MANAGER.update(plan);
        RuleWeights weights = RuleWeights.of(plan.getConstraintWeightOverrides());

        Map<String, List<Shard>> byWorkload = new LinkedHashMap<>();
        plan.getShards().forEach(s -> byWorkload.computeIfAbsent(s.getWorkload(), w -> new ArrayList<>()).add(s));
        int refused = 0;
        for (Map.Entry<String, List<Shard>> workload : byWorkload.entrySet()) {
            refused += builds(plan, Slice.of(Map.of(workload.getKey(), workload.getValue()),
                    new HashSet<>(plan.getPools())), weights) ? 0 : 1;
        }
        if (prices == Prices.DEAREST) {
            // Dollars at the edge of the score still fit a slice's program.
            assertThat(refused).as("single-workload programs refused").isZero();
        }

        PlacementProgram whole;
        try {
            whole = PlacementProgram.of(plan, Slice.whole(plan), weights);
        } catch (ProgramOverflow refusedWhole) {
            // Site power at the edge of 64 bits sums past what CP-SAT takes: the local search keeps the plan.
            assertThat(prices).isEqualTo(Prices.FREE);
            return;
        }
        whole.hintCurrentPlan();
        Map<Integer, Long> hint = hints(whole);
        for (int level = 0; level < ScoreLevels.SOFT_LEVELS; level++) {
            LinearExpr expression = whole.level(level);
            BigInteger atThePlan = expression == null ? BigInteger.ZERO : valueOf(expression, hint);
            BigInteger penalty = BigInteger.valueOf(score.softScore(level)).negate();
            if (level == ScoreLevels.UNPLACED) {
                // Shards no pool may take are left out of the program: the same in every plan.
                penalty = penalty.subtract(nowhereToGo(plan, weights));
            }
            assertThat(atThePlan).as("level %d", level).isEqualTo(penalty);
        }
    }

    private static boolean builds(PlacementSolution plan, Slice slice, RuleWeights weights) {
        try {
            PlacementProgram.of(plan, slice, weights);
            return true;
        } catch (ProgramOverflow refused) {
            return false;
        }
    }

    private static Map<Integer, Long> hints(PlacementProgram program) {
        PartialVariableAssignment hint = program.model().model().getSolutionHint();
        Map<Integer, Long> values = new HashMap<>();
        for (int i = 0; i < hint.getVarsCount(); i++) {
            values.put(hint.getVars(i), hint.getValues(i));
        }
        return values;
    }

    private static BigInteger valueOf(LinearExpr expression, Map<Integer, Long> values) {
        BigInteger sum = BigInteger.valueOf(expression.getOffset());
        for (int i = 0; i < expression.numElements(); i++) {
            sum = sum.add(BigInteger.valueOf(expression.getCoefficient(i))
                    .multiply(BigInteger.valueOf(values.get(expression.getVariableIndex(i)))));
        }
        return sum;
    }

    private static BigInteger nowhereToGo(PlacementSolution plan, RuleWeights weights) {
        return plan.getShards().stream().filter(s -> s.getPoolRange().isEmpty())
                .map(s -> BigInteger.valueOf(s.getUnplacedWeight()).multiply(BigInteger.valueOf(weights.unplacedDemand())))
                .reduce(BigInteger.ZERO, BigInteger::add);
    }
}
