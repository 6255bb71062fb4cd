package com.capacityworkbench.solver.compare;

import static com.capacityworkbench.solver.compare.CompareFixture.base;
import static com.capacityworkbench.solver.compare.CompareFixture.on;
import static com.capacityworkbench.solver.compare.PlacementDiffTest.column;
import static com.capacityworkbench.solver.compare.PlacementDiffTest.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.compare.PlacementCause;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A move is tied to a change only when scoring it both ways says so: the base placement breaks a rule under the
 * variant, or the move is better under the variant and not under the base. The fixture gets a twin of the AWS
 * pool (same site, type and price), so a workload can move between equally good pools.
 */
class MoveWeigherTest {

    private static final Change AZURE_DEARER = new PriceFactor(PriceTarget.PROVIDER, "Azure", 1.1);

    private static Scenario withTwin() {
        Scenario base = base();
        List<Pool> pools = new ArrayList<>(base.pools());
        pools.add(CompareFixture.pool("aws-h100-twin", "aws-east", 2000,
                com.capacityworkbench.model.scenario.PricingKind.ON_DEMAND, 6.9));
        return base.withPools(pools);
    }

    private static List<Assignment> rows(String tuneC) {
        return List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"), on("tune-c", tuneC),
                on("batch-d", null));
    }

    private static PlacementChange onlyMove(Scenario base, List<Change> changes, String from, String to) {
        Scenario variant = resolve(base, changes);
        Plan basePlan = PlanEvaluator.evaluate(base, rows(from));
        Plan variantPlan = PlanEvaluator.evaluate(variant, rows(to));
        List<PlacementChange> diff = PlacementDiff.diff(column("base", base, basePlan),
                column("v", variant, variantPlan), changes);
        assertThat(diff).extracting(PlacementChange::workload).containsExactly("tune-c");
        return diff.getFirst();
    }

    @Test
    void aMoveAsGoodUnderTheBaseAndTheVariantIsNotAttributedToTheChange() {
        PlacementChange move = onlyMove(withTwin(), List.of(AZURE_DEARER), "aws-h100", "aws-h100-twin");

        assertThat(move.cause()).isEqualTo(PlacementCause.AS_GOOD);
        assertThat(move.cause().causedByChange()).isFalse();
        assertThat(move.reason()).isEqualTo("Re-optimised: as good as its base placement under the variant and under "
                + "the base; no change calls for it").doesNotContain("Azure");
    }

    @Test
    void aMoveBetterUnderTheBaseTooIsNotAttributedToTheChange() {
        PlacementChange move = onlyMove(withTwin(), List.of(AZURE_DEARER), "aws-h100", "campus-h100");

        assertThat(move.cause()).isEqualTo(PlacementCause.BETTER_UNDER_BASE_TOO);
        assertThat(move.reason()).startsWith("Re-optimised: the move saves $").endsWith(
                " under the base too; no change calls for it");
    }

    @Test
    void aMoveForcedByARemovedPoolIsAttributedToThatChange() {
        Scenario base = withTwin();
        PlacementChange move = onlyMove(base, List.of(AZURE_DEARER, new RemovePool("aws-h100")), "aws-h100",
                "aws-h100-twin");

        assertThat(move.cause()).isEqualTo(PlacementCause.FORCED);
        assertThat(move.reason()).isEqualTo("Remove pool aws-h100: its pool aws-h100 is gone");
    }

    @Test
    void aMoveWorthItOnlyUnderTheVariantNamesTheChangeThatMakesItSo() {
        Change twinCheaper = new PriceFactor(PriceTarget.POOL, "aws-h100-twin", 0.5);
        PlacementChange move = onlyMove(withTwin(), List.of(AZURE_DEARER, twinCheaper), "aws-h100", "aws-h100-twin");

        assertThat(move.cause()).isEqualTo(PlacementCause.WORTH_IT);
        assertThat(move.reason()).as("equal under the base, better under the variant: the price change broke the tie")
                .startsWith("Price of pool aws-h100-twin × 0.50 (-50 %): the move saves $")
                .endsWith(" under the variant, nothing under the base");
    }

    @Test
    void aMoveWorseOnItsOwnUnderTheVariantWithNothingItGoesWithIsNotAttributed() {
        PlacementChange move = onlyMove(withTwin(), List.of(AZURE_DEARER), "campus-h100", "aws-h100");

        assertThat(move.cause()).isEqualTo(PlacementCause.GOES_WITH_OTHERS);
        assertThat(move.reason()).startsWith("Re-optimised: on its own the move costs $").doesNotContain("Azure");
    }

    @Test
    void aMoveThatOnlyRidesAlongWithAForcedMoveIsNotAttributed() {
        Scenario base = withTwin();
        List<Change> changes = List.of(new RemovePool("aws-h100"));
        Scenario variant = resolve(base, changes);
        Plan basePlan = PlanEvaluator.evaluate(base, rows("aws-h100"));
        // tune-c must leave the removed pool; train-a leaving sunk Azure capacity for on-demand AWS is a loss that
        // no change calls for, even weighed with tune-c's move.
        Plan variantPlan = PlanEvaluator.evaluate(variant, List.of(on("train-a", "aws-h100-twin"),
                on("train-b", "campus-h100"), on("tune-c", "aws-h100-twin"), on("batch-d", null)));

        List<PlacementChange> diff = PlacementDiff.diff(column("base", base, basePlan),
                column("v", variant, variantPlan), changes);

        assertThat(diff).extracting(PlacementChange::workload, PlacementChange::cause).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("tune-c", PlacementCause.FORCED),
                org.assertj.core.groups.Tuple.tuple("train-a", PlacementCause.GOES_WITH_OTHERS));
    }
}
