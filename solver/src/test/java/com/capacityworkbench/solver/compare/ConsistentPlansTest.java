package com.capacityworkbench.solver.compare;

import static com.capacityworkbench.solver.compare.CompareFixture.base;
import static com.capacityworkbench.solver.compare.CompareFixture.on;
import static com.capacityworkbench.solver.compare.PlacementDiffTest.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.PlanOrigin;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.AddPool;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.solver.compare.ComparisonBuilder.Solved;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans travel between the scenarios of a comparison: whole when better, one placement at a time when it helps. */
class ConsistentPlansTest {

    private static final List<Assignment> GOOD = List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
            on("tune-c", "campus-h100"), on("batch-d", null));
    private static final List<Assignment> POOR = List.of(on("train-a", "aws-h100"), on("train-b", null),
            on("tune-c", "aws-h100"), on("batch-d", null));

    private static Solved solved(String id, Scenario scenario, List<Assignment> rows, List<Change> changes) {
        return new Solved(id, id, scenario, PlanEvaluator.evaluate(scenario, rows), List.of(), changes, List.of());
    }

    private static BendableScore score(Scenario scenario, Plan plan) {
        return PlanEvaluator.score(scenario, plan.assignments());
    }

    @Test
    void aRelaxingVariantWhoseSolveDidWorseAdoptsTheBasePlan() {
        Scenario base = base();
        List<Change> cheaper = List.of(new PriceFactor(PriceTarget.PROVIDER, "AWS", 0.8));
        Scenario variant = resolve(base, cheaper);
        ScenarioPlan baseState = new ScenarioPlan("base", "Base", base, GOOD);
        ScenarioPlan variantState = new ScenarioPlan("v", "Cheaper AWS", variant, POOR);

        assertThat(ConsistentPlans.adoptBetterPlans(List.of(baseState, variantState))).isTrue();

        assertThat(variantState.origin()).isEqualTo(PlanOrigin.adopted("base", "Base"));
        assertThat(variantState.score()).isEqualTo(PlanEvaluator.score(variant, GOOD));
        assertThat(baseState.origin().isOwnSolve()).isTrue();
    }

    @Test
    void theBaseAdoptsAVariantPlanThatIsValidForItAndBetter() {
        Scenario base = base();
        List<Change> dearer = List.of(new PriceFactor(PriceTarget.PROVIDER, "Azure", 1.1));
        Scenario variant = resolve(base, dearer);
        ScenarioPlan baseState = new ScenarioPlan("base", "Base", base, POOR);
        ScenarioPlan variantState = new ScenarioPlan("v", "Dearer Azure", variant, GOOD);

        assertThat(ConsistentPlans.adoptBetterPlans(List.of(baseState, variantState))).isTrue();

        assertThat(baseState.origin().adoptedFromId()).isEqualTo("v");
        assertThat(baseState.score()).isEqualTo(PlanEvaluator.score(base, GOOD));
        assertThat(variantState.origin().isOwnSolve()).isTrue();
    }

    @Test
    void theComparisonShowsTheBetterPlanAndDiffsTheShownPlans() {
        Scenario base = base();
        List<Change> cheaper = List.of(new PriceFactor(PriceTarget.PROVIDER, "AWS", 0.8));
        Scenario variant = resolve(base, cheaper);

        Comparison comparison = ComparisonBuilder.compare(solved("base", base, GOOD, List.of()),
                List.of(solved("v", variant, POOR, cheaper)));

        ComparedPlan shown = comparison.columns().get(1);
        assertThat(shown.origin().isOwnSolve()).isFalse();
        assertThat(score(variant, shown.plan())).isEqualTo(PlanEvaluator.score(variant, GOOD));
        assertThat(comparison.changesOf("v")).as("the diff is computed from the plans shown").isEmpty();
        assertThat(comparison.columns().getFirst().origin().isOwnSolve()).isTrue();
    }

    @Test
    void aPlanOnAPoolTheBaseLacksIsReadThereWithThatWorkloadUnplaced() {
        Scenario base = base();
        Pool extra = CompareFixture.pool("extra-h100", "aws-east", 5000, PricingKind.COMMITTED, 1.0);
        List<Change> added = List.of(new AddPool(extra));
        Scenario variant = resolve(base, added);
        List<Assignment> onExtra = List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "campus-h100"), on("batch-d", "extra-h100"));

        List<Assignment> read = PlanRows.into(base, onExtra);

        assertThat(read).filteredOn(a -> a.workload().equals("batch-d")).singleElement()
                .satisfies(a -> assertThat(a.isPlaced()).isFalse());
        assertThat(PlanEvaluator.score(base, read)).isEqualTo(PlanEvaluator.score(base, GOOD));
        Comparison comparison = ComparisonBuilder.compare(solved("base", base, GOOD, List.of()),
                List.of(solved("v", variant, onExtra, added)));
        assertThat(comparison.columns()).allSatisfy(c -> assertThat(c.origin().isOwnSolve()).isTrue());
    }

    @Test
    void aVariantGoesBackToTheBasePlacementWhereMovingGainsNothing() {
        Scenario base = base();
        List<Pool> pools = new java.util.ArrayList<>(base.pools());
        pools.add(CompareFixture.pool("aws-h100-twin", "aws-east", 2000, PricingKind.ON_DEMAND, 6.9));
        Scenario withTwin = base.withPools(pools);
        List<Change> dearer = List.of(new PriceFactor(PriceTarget.PROVIDER, "Azure", 1.1));
        Scenario variant = resolve(withTwin, dearer);
        List<Assignment> baseRows = List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null));
        List<Assignment> onTwin = List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100-twin"), on("batch-d", null));

        Comparison comparison = ComparisonBuilder.compare(solved("base", withTwin, baseRows, List.of()),
                List.of(solved("v", variant, onTwin, dearer)));

        assertThat(comparison.changesOf("v")).isEmpty();
        assertThat(comparison.columns().get(1).origin().placementsTaken()).isEqualTo(1);
    }

    @Test
    void theBaseTakesASinglePlacementThatIsBetterUnderItToo() {
        Scenario base = base();
        List<Change> dearer = List.of(new PriceFactor(PriceTarget.PROVIDER, "Azure", 1.1));
        Scenario variant = resolve(base, dearer);
        // The variant moves tune-c to the campus (better in both) but leaves train-a off Azure (worse in both):
        // its whole plan is no better for the base, one of its placements is.
        List<Assignment> baseRows = List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null));
        List<Assignment> variantRows = List.of(on("train-a", "aws-h100"), on("train-b", "campus-h100"),
                on("tune-c", "campus-h100"), on("batch-d", null));

        Comparison comparison = ComparisonBuilder.compare(solved("base", base, baseRows, List.of()),
                List.of(solved("v", variant, variantRows, dearer)));

        ComparedPlan shownBase = comparison.columns().getFirst();
        assertThat(shownBase.origin().adoptedFromId()).isNull();
        assertThat(shownBase.origin().placementsTaken()).isPositive();
        assertThat(shownBase.plan().assignments()).filteredOn(a -> a.workload().equals("tune-c"))
                .extracting(Assignment::pool).containsExactly("campus-h100");
        assertThat(comparison.changesOf("v")).as("train-a went back to Azure in the variant too").isEmpty();
    }
}
