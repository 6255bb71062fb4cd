package com.capacityworkbench.bench.measure;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.bench.exact.CpSatReference;
import com.capacityworkbench.bench.exact.ExactResult;
import com.capacityworkbench.bench.exact.LevelOutcome;
import com.capacityworkbench.bench.greedy.GreedyPlanner;
import com.capacityworkbench.bench.problem.PlacementProblem;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.List;

/** Runs the greedy baseline and the exact reference on one scenario; both plans are scored by the plan evaluator. */
public final class BaselineRuns {

    private BaselineRuns() {
    }

    public static BaselineMeasurement greedy(String caseId, Scenario scenario, long seed) {
        long start = System.nanoTime();
        List<Assignment> plan = GreedyPlanner.plan(scenario);
        double seconds = (System.nanoTime() - start) / 1e9;
        Plan evaluated = PlanEvaluator.evaluate(scenario, plan, PlanEvaluator.Detail.LIGHT);
        return new BaselineMeasurement(caseId, seed, evaluated.score(), evaluated.isFeasible(), seconds);
    }

    /** The exact reference, started from the greedy plan. */
    public static ExactMeasurement exact(String caseId, Scenario scenario, long seed, CpSatReference.Limits limits) {
        PlacementProblem problem = PlacementProblem.of(scenario);
        ExactResult result = CpSatReference.solve(problem, limits, GreedyPlanner.plan(problem));
        Plan evaluated = PlanEvaluator.evaluate(scenario, result.assignments(), PlanEvaluator.Detail.LIGHT);
        return new ExactMeasurement(caseId, seed, evaluated.score(), evaluated.isFeasible(), result.levels(),
                result.objectivesMatchEvaluator() && matches(result, BendableScore.parseScore(evaluated.score())),
                result.seconds(), PlanCosts.of(scenario, evaluated));
    }

    /** Every level's objective equals the evaluator's penalty on that level. */
    public static boolean matches(ExactResult result, BendableScore score) {
        for (LevelOutcome level : result.levels()) {
            if (level.objective() != -score.softScore(level.level().softIndex())) {
                return false;
            }
        }
        return score.hardScore(0) == 0;
    }
}
