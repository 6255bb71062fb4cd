package com.capacityworkbench.solver.compare;

import static com.capacityworkbench.solver.compare.CompareFixture.base;
import static com.capacityworkbench.solver.compare.CompareFixture.on;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.variant.AddWorkload;
import com.capacityworkbench.model.variant.Change;
import com.capacityworkbench.model.variant.CountMode;
import com.capacityworkbench.model.variant.PoolCountChange;
import com.capacityworkbench.model.variant.PriceFactor;
import com.capacityworkbench.model.variant.PriceTarget;
import com.capacityworkbench.model.variant.ResolvedVariant;
import com.capacityworkbench.model.variant.Variant;
import com.capacityworkbench.model.variant.VariantResolver;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PlacementDiffTest {

    /**
     * Base: train-a on Azure, train-b on the campus, tune-c on AWS, batch-d unplaced.
     * Variant: the campus shrinks to 1,000 H100 and AWS gets 30 % cheaper; a new workload is added.
     * By hand: train-b (1,500) no longer fits on the campus and moves to AWS (the campus change forced it);
     * tune-c moves from AWS to the campus, which now has room for it (AWS's price change touches it: it left AWS);
     * batch-d stays unplaced; new-e is added and placed on the campus.
     */
    @Test
    void handMadeCaseGivesEveryKindOfChangeWithItsCostAndReason() {
        Scenario base = base();
        List<Change> changes = List.of(new PoolCountChange("campus-h100", CountMode.SET, 1000),
                new PriceFactor(PriceTarget.PROVIDER, "AWS", 0.7),
                new AddWorkload(CompareFixture.workload("new-e", 200, false)));
        Scenario withVariant = base.withVariants(List.of(new Variant("v", "Smaller campus", null, null, changes)));
        ResolvedVariant resolved = new VariantResolver(withVariant, withVariant.variants()).resolve("v");

        Plan basePlan = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null)));
        Plan variantPlan = PlanEvaluator.evaluate(resolved.scenario(), List.of(on("train-a", "azure-h100"),
                on("train-b", "aws-h100"), on("tune-c", "campus-h100"), on("batch-d", null), on("new-e", "campus-h100")));
        assertThat(basePlan.isFeasible()).isTrue();
        assertThat(variantPlan.isFeasible()).isTrue();

        List<PlacementChange> diff = PlacementDiff.diff(
                new ComparedPlan("base", "Base", base, basePlan, List.of(), List.of()),
                new ComparedPlan("v", "Smaller campus", resolved.scenario(), variantPlan, List.of(), List.of()),
                changes);

        assertThat(diff).extracting(PlacementChange::workload, PlacementChange::kind, PlacementChange::from,
                PlacementChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("train-b", PlacementChangeKind.MOVED, "campus-h100", "aws-h100"),
                org.assertj.core.groups.Tuple.tuple("tune-c", PlacementChangeKind.MOVED, "aws-h100", "campus-h100"),
                org.assertj.core.groups.Tuple.tuple("new-e", PlacementChangeKind.ADDED, null, "campus-h100"));

        PlacementChange trainB = diff.get(0);
        assertThat(trainB.reason()).isEqualTo("Pool campus-h100 count set to 1,000");
        double trainBBefore = cost(basePlan, "train-b");
        double trainBAfter = cost(variantPlan, "train-b");
        assertThat(trainBAfter).as("on-demand AWS costs more than the sunk campus").isGreaterThan(trainBBefore);
        assertThat(trainB.costDelta()).isCloseTo(trainBAfter - trainBBefore, Offset.offset(0.01));

        assertThat(diff.get(1).reason()).as("the first change touching a pool it left or joined")
                .isEqualTo("Pool campus-h100 count set to 1,000");
        assertThat(diff.get(2).reason()).startsWith("Add workload new-e");
    }

    @Test
    void newlyPlacedAndNewlyUnplacedWithKnockOnReason() {
        Scenario base = base();
        List<Change> changes = List.of(new PriceFactor(PriceTarget.PROVIDER, "Azure", 1.1));
        Plan basePlan = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null)));
        Plan variantPlan = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", null),
                on("tune-c", "aws-h100"), on("batch-d", "campus-h100")));

        List<PlacementChange> diff = PlacementDiff.diff(
                new ComparedPlan("base", "Base", base, basePlan, List.of(), List.of()),
                new ComparedPlan("v", "V", base, variantPlan, List.of(), List.of()), changes);

        assertThat(diff).extracting(PlacementChange::workload, PlacementChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("batch-d", PlacementChangeKind.NEWLY_PLACED),
                org.assertj.core.groups.Tuple.tuple("train-b", PlacementChangeKind.NEWLY_UNPLACED));
        assertThat(diff).allSatisfy(c -> assertThat(c.reason())
                .isEqualTo("Knock-on: room freed or taken by other moves (Price of provider Azure × 1.10 (+10 %))"));
        assertThat(diff.get(1).to()).isNull();
        assertThat(diff.get(1).costDelta()).isCloseTo(-cost(basePlan, "train-b"), Offset.offset(0.01));
    }

    @Test
    void identicalPlansHaveNoChanges() {
        Scenario base = base();
        Plan plan = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null)));
        ComparedPlan column = new ComparedPlan("base", "Base", base, plan, List.of(), List.of());
        assertThat(PlacementDiff.diff(column, column, List.of())).isEmpty();
    }

    private static double cost(Plan plan, String workload) {
        return plan.assignments().stream().filter(a -> a.workload().equals(workload))
                .mapToDouble(a -> a.costUsd()).sum();
    }
}
