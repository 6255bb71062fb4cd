package com.capacityworkbench.solver.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.AssignmentStatus;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.build.SolutionAssignments;
import com.capacityworkbench.solver.build.SolutionBuilder;
import com.capacityworkbench.solver.domain.PlacementSolution;
import com.capacityworkbench.solver.service.PlacementSolverConfig;
import com.capacityworkbench.solver.service.SolveRequest;
import com.capacityworkbench.solver.testing.Solving;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large plans leave placed workloads' candidate pools to be worked out on demand, the largest every workload's;
 * nothing else changes.
 */
class PlanDetailTest {

    @ParameterizedTest
    @ValueSource(strings = {"tiny.json", "eu-sovereign.json"})
    void onlyUnplacedWorkloadsCarryCandidatesAndTheRestIsTheFullPlan(String sample) throws Exception {
        Scenario scenario = Solving.sample(sample);
        List<Assignment> rows = solveBriefly(scenario);
        Plan full = PlanEvaluator.evaluate(scenario, rows, PlanEvaluator.Detail.FULL);

        Plan partial = PlanEvaluator.evaluate(scenario, rows, PlanEvaluator.Detail.UNPLACED_CANDIDATES);
        Plan reasons = PlanEvaluator.evaluate(scenario, rows, PlanEvaluator.Detail.REASONS);

        Set<String> unplaced = full.assignments().stream().filter(a -> a.status() == AssignmentStatus.UNPLACED)
                .map(Assignment::workload).collect(Collectors.toSet());
        assertThat(unplaced).as("the brief solve leaves some work unplaced to explain").isNotEmpty();
        assertThat(partial.assignments()).isEqualTo(full.assignments());
        assertThat(partial.kpis()).isEqualTo(full.kpis());
        assertThat(reasons.assignments()).isEqualTo(full.assignments());
        assertThat(reasons.kpis()).isEqualTo(full.kpis());
        for (int i = 0; i < full.explanations().size(); i++) {
            WorkloadExplanation f = full.explanations().get(i);
            WorkloadExplanation p = partial.explanations().get(i);
            // The largest plans keep every reason and list no candidate pool.
            assertThat(reasons.explanations().get(i)).isEqualTo(new WorkloadExplanation(f.workload(), f.summary(),
                    f.costParts(), List.of(), f.primaryDeclined(), f.missing(), f.shortfalls()));
            if (unplaced.contains(f.workload())) {
                assertThat(p).isEqualTo(f);
            } else {
                assertThat(p).isEqualTo(new WorkloadExplanation(f.workload(), f.summary(), f.costParts(), List.of(),
                        f.primaryDeclined(), f.missing()));
            }
        }
    }

    @Test
    void theExplainerGivesEachWorkloadItsFullExplanation() throws Exception {
        Scenario scenario = Solving.sample("frontier-2027.json");
        List<Assignment> rows = solveBriefly(scenario);
        Plan full = PlanEvaluator.evaluate(scenario, rows, PlanEvaluator.Detail.FULL);

        WorkloadExplainer explainer = PlanEvaluator.explainer(scenario, rows);

        for (WorkloadExplanation e : full.explanations()) {
            assertThat(explainer.explain(e.workload())).contains(e);
        }
        assertThat(explainer.explain("no-such-workload")).isEmpty();
    }

    @Test
    void plansUpToTheLimitOfWorkloadPoolPairsListEveryCandidate() {
        assertThat(PlanEvaluator.detailFor(generated(1_000, 250))).isEqualTo(PlanEvaluator.Detail.FULL);
        assertThat(PlanEvaluator.detailFor(generated(1_001, 250))).isEqualTo(PlanEvaluator.Detail.UNPLACED_CANDIDATES);
        assertThat(PlanEvaluator.detailFor(generated(16_000, 250))).isEqualTo(PlanEvaluator.Detail.UNPLACED_CANDIDATES);
        assertThat(PlanEvaluator.detailFor(generated(16_001, 250))).isEqualTo(PlanEvaluator.Detail.REASONS);
    }

    private static Scenario generated(int workloads, int pools) {
        return ScenarioGenerator.generate(new ScenarioGenerator.Settings(workloads, pools, 4, 1));
    }

    private static List<Assignment> solveBriefly(Scenario scenario) {
        SolverFactory<PlacementSolution> factory = SolverFactory.create(PlacementSolverConfig.of(
                new SolveRequest(scenario, null, Duration.ofMinutes(2), null, 2_000L, 3), true));
        PlacementSolution solved = factory.buildSolver().solve(SolutionBuilder.build(scenario));
        return SolutionAssignments.of(solved, ScenarioIndex.of(scenario));
    }
}
