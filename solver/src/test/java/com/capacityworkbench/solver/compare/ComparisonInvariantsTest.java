package com.capacityworkbench.solver.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.PlacementCause;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import com.capacityworkbench.solver.service.SolverService;
import com.capacityworkbench.solver.testing.Solving;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The invariants of a consistent comparison, on short solves (so the solver's own plans are noisy and the
 * comparison has work to do): a variant that only relaxes the base never shows a worse score than the base's plan
 * scored under it, and the base never shows a worse score than any variant's plan that is valid for it. A move the
 * base would gain from too is never left in a diff.
 */
class ComparisonInvariantsTest {

    /** frontier-2027's variants that only relax it: lower prices, a premium for first refusal, wider residency. */
    private static final Set<String> FRONTIER_RELAXING = Set.of("tpu-cheaper", "azure-premium", "eu-data-to-us");

    @Test
    void holdOnTheShippedVariantsOfFrontier2027() throws Exception {
        Scenario frontier = Solving.sample("frontier-2027.json");
        assertThat(frontier.variants()).hasSize(6);

        Comparison comparison = compare(frontier, Duration.ofSeconds(3), 1);

        assertInvariants(comparison, FRONTIER_RELAXING);
    }

    @Test
    void holdOnGeneratedScenariosWithRandomRelaxingChanges() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Scenario base = ScenarioGenerator.generate(new ScenarioGenerator.Settings(40, 10, 4, seed));
            Random random = new Random(seed);
            List<Variant> variants = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                variants.add(new Variant("relaxed-" + i, "Relaxed " + i, null, null, RelaxingChanges.draw(base, random)));
            }
            Comparison comparison = compare(base.withVariants(variants), Duration.ofSeconds(1), seed);

            assertInvariants(comparison, Set.of("relaxed-0", "relaxed-1", "relaxed-2"));
        }
    }

    private static Comparison compare(Scenario scenario, Duration perPlan, long seed) throws InterruptedException {
        try (SolverService service = new SolverService()) {
            return new VariantComparer(service).start(scenario, new CompareOptions(List.of(), perPlan, seed, 1, true,
                    Runtime.getRuntime().availableProcessors(), null), CompareListener.silent()).await();
        }
    }

    private static void assertInvariants(Comparison comparison, Set<String> relaxing) {
        ComparedPlan base = comparison.columns().getFirst();
        BendableScore baseScore = score(base.scenario(), base);
        for (ComparedPlan variant : comparison.columns().subList(1, comparison.columns().size())) {
            if (relaxing.contains(variant.id())) {
                assertThat(score(variant.scenario(), variant)).as("%s against the base's plan under it", variant.id())
                        .isGreaterThanOrEqualTo(score(variant.scenario(), base));
            }
            BendableScore variantUnderBase = score(base.scenario(), variant);
            if (variantUnderBase.isFeasible()) {
                assertThat(baseScore).as("the base against %s's plan, which is valid for the base", variant.id())
                        .isGreaterThanOrEqualTo(variantUnderBase);
            }
            assertThat(comparison.changesOf(variant.id())).as("moves the base would take itself")
                    .extracting(PlacementChange::cause).doesNotContain(PlacementCause.BETTER_UNDER_BASE_TOO);
        }
    }

    /** A plan's score under a scenario, recomputed from its rows as the evaluator counts it. */
    private static BendableScore score(Scenario scenario, ComparedPlan plan) {
        return PlanEvaluator.score(scenario, plan.plan().assignments());
    }
}
