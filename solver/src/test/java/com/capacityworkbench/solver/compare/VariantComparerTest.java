package com.capacityworkbench.solver.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.model.compare.PlacementCause;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.solver.service.SolverService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class VariantComparerTest {

    @Test
    void solvesBaseAndVariantsAndExplainsWhatTheChangesForce() throws Exception {
        Scenario scenario = CompareFixture.base().withVariants(List.of(
                new Variant("no-campus", "Campus cancelled", null, null, List.of(new RemovePool("campus-h100"))),
                new Variant("big-azure", "Azure ×5", null, null,
                        List.of(new PoolCountChange("azure-h100", CountMode.FACTOR, 5)))));
        Set<String> finished = ConcurrentHashMap.newKeySet();
        try (SolverService service = new SolverService()) {
            ComparisonJob job = new VariantComparer(service).start(scenario,
                    new CompareOptions(List.of(), Duration.ofSeconds(2), 7, 1, true, 2, null),
                    new CompareListener() {
                        @Override
                        public void onProgress(SeedSolve solve, com.capacityworkbench.solver.service.SolveProgress p) {
                        }

                        @Override
                        public void onPlanFinished(String planId, com.capacityworkbench.model.plan.Plan plan,
                                com.capacityworkbench.solver.service.SolveOutcome outcome, int seedsRun) {
                            finished.add(planId);
                        }

                        @Override
                        public void onFinished(Comparison comparison, boolean stopped) {
                        }
                    });
            Comparison comparison = job.await();

            assertThat(finished).containsExactlyInAnyOrder("base", "no-campus", "big-azure");
            assertThat(comparison.columns()).extracting(c -> c.id()).containsExactly("base", "no-campus", "big-azure");
            assertThat(comparison.columns()).allSatisfy(c -> assertThat(c.plan().isFeasible()).isTrue());

            // Everything the base put on the campus must move or become unplaced once the campus is cancelled.
            List<String> onCampus = comparison.columns().get(0).plan().assignments().stream()
                    .filter(a -> "campus-h100".equals(a.pool())).map(a -> a.workload()).toList();
            assertThat(onCampus).isNotEmpty();
            List<PlacementChange> forced = comparison.changesOf("no-campus");
            assertThat(forced).extracting(PlacementChange::workload).containsAll(onCampus);
            assertThat(forced).filteredOn(c -> onCampus.contains(c.workload())).allSatisfy(c -> {
                assertThat(c.kind()).isIn(PlacementChangeKind.MOVED, PlacementChangeKind.NEWLY_UNPLACED);
                assertThat(c.cause()).isEqualTo(PlacementCause.FORCED);
                assertThat(c.reason()).isEqualTo("Remove pool campus-h100: its pool campus-h100 is gone");
            });

            // With five times the Azure capacity, the first-refusal workload stays on Azure and no demand is lost.
            double unplacedBase = comparison.columns().get(0).plan().kpis().unplacedDemandByPriority().values()
                    .stream().mapToDouble(Double::doubleValue).sum();
            double unplacedBig = comparison.columns().get(2).plan().kpis().unplacedDemandByPriority().values()
                    .stream().mapToDouble(Double::doubleValue).sum();
            assertThat(unplacedBig).isLessThanOrEqualTo(unplacedBase);
            assertThat(comparison.columns().get(1).changes()).containsExactly("Remove pool campus-h100");
        }
    }

    @Test
    void whenTheBaseComesToShowABetterPlanTheVariantsAreSolvedAgainFromIt() throws Exception {
        Scenario tiny = com.capacityworkbench.solver.testing.Solving.sample("tiny.json").withVariants(List.of(
                new Variant("trn-late", "Trainium late", null, null,
                        List.of(new com.capacityworkbench.model.scenario.PoolDelay("aws-use1-trn2", 1)))));
        // A poor plan of the base is given: nothing placed. The variant, free to move everything, finds a plan that
        // is better for the base too, so the base shows it, and the variant is solved again close to it.
        com.capacityworkbench.model.plan.Plan nothing = com.capacityworkbench.solver.evaluate.PlanEvaluator.evaluate(
                tiny.withVariants(List.of()), List.of());
        try (SolverService service = new SolverService()) {
            Comparison comparison = new VariantComparer(service).start(tiny,
                    new CompareOptions(List.of(), Duration.ofSeconds(2), 7, 1, true, 2, nothing),
                    CompareListener.silent()).await();

            assertThat(comparison.columns().getFirst().origin().isOwnSolve()).as("the base took the variant's placements")
                    .isFalse();
            assertThat(comparison.columns().get(1).origin().solvedAgain()).isTrue();
            assertThat(comparison.changesOf("trn-late")).as("only what the delay calls for")
                    .allSatisfy(c -> assertThat(c.cause().causedByChange()).isTrue());
        }
    }
}
