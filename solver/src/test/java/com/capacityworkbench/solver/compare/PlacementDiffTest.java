package com.capacityworkbench.solver.compare;

import static com.capacityworkbench.solver.compare.CompareFixture.base;
import static com.capacityworkbench.solver.compare.CompareFixture.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.PlacementCause;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.AddWorkload;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.variant.ResolvedVariant;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.variant.VariantResolver;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PlacementDiffTest {

    /**
     * Base: train-a on Azure, train-b on the campus, tune-c on AWS, batch-d unplaced.
     * Variant: the campus shrinks to 1,000 H100 and AWS gets 30 % cheaper; a new workload is added.
     * By hand: train-b (1,500) no longer fits on the campus and moves to AWS (the campus change forces it);
     * tune-c moves from AWS to the campus, which alone would overfill the 1,000-H100 campus while train-b is still
     * there: a knock-on of train-b's move, not caused by a change; new-e is added and placed on the campus.
     */
    @Test
    void handMadeCaseGivesEveryKindOfChangeWithItsCostAndCause() {
        Scenario base = base();
        List<Change> changes = List.of(new PoolCountChange("campus-h100", CountMode.SET, 1000),
                new PriceFactor(PriceTarget.PROVIDER, "AWS", 0.7),
                new AddWorkload(CompareFixture.workload("new-e", 200, false)));
        Scenario variant = resolve(base, changes);

        Plan basePlan = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null)));
        Plan variantPlan = PlanEvaluator.evaluate(variant, List.of(on("train-a", "azure-h100"),
                on("train-b", "aws-h100"), on("tune-c", "campus-h100"), on("batch-d", null), on("new-e", "campus-h100")));
        assertThat(basePlan.isFeasible()).isTrue();
        assertThat(variantPlan.isFeasible()).isTrue();

        List<PlacementChange> diff = PlacementDiff.diff(column("base", base, basePlan), column("v", variant, variantPlan),
                changes);

        assertThat(diff).extracting(PlacementChange::workload, PlacementChange::kind, PlacementChange::from,
                PlacementChange::to, PlacementChange::cause).containsExactly(
                tuple("train-b", PlacementChangeKind.MOVED, "campus-h100", "aws-h100", PlacementCause.FORCED),
                tuple("tune-c", PlacementChangeKind.MOVED, "aws-h100", "campus-h100", PlacementCause.KNOCK_ON),
                tuple("new-e", PlacementChangeKind.ADDED, null, "campus-h100", PlacementCause.ADDED_OR_REMOVED));

        PlacementChange trainB = diff.get(0);
        assertThat(trainB.reason()).startsWith("Pool campus-h100 count set to 1,000: its base placement breaks a rule: "
                + "Capacity: pool campus-h100 over");
        double trainBBefore = cost(basePlan, "train-b");
        double trainBAfter = cost(variantPlan, "train-b");
        assertThat(trainBAfter).as("on-demand AWS costs more than the sunk campus").isGreaterThan(trainBBefore);
        assertThat(trainB.costDelta()).isCloseTo(trainBAfter - trainBBefore, Offset.offset(0.01));

        assertThat(diff.get(1).reason()).as("the change that makes the pair worth it alone")
                .isEqualTo("Pool campus-h100 count set to 1,000: it goes with the moves of train-b; the group breaks "
                        + "fewer hard rules under the variant, not under the base");
        assertThat(diff.get(2).reason()).startsWith("Add workload new-e").endsWith(": it is added");
    }

    @Test
    void newlyPlacedAndNewlyUnplacedWithTheirCosts() {
        Scenario base = base();
        List<Change> changes = List.of(new PoolCountChange("campus-h100", CountMode.SET, 6000));
        Scenario variant = resolve(base, changes);
        Plan basePlan = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null)));
        Plan variantPlan = PlanEvaluator.evaluate(variant, List.of(on("train-a", "azure-h100"), on("train-b", null),
                on("tune-c", "aws-h100"), on("batch-d", "campus-h100")));

        List<PlacementChange> diff = PlacementDiff.diff(column("base", base, basePlan), column("v", variant, variantPlan),
                changes);

        // Alone, batch-d does not fit beside train-b and unplacing train-b only loses; together they place more
        // work, which the larger campus allows and the base's does not.
        assertThat(diff).extracting(PlacementChange::workload, PlacementChange::kind, PlacementChange::cause)
                .containsExactly(
                        tuple("batch-d", PlacementChangeKind.NEWLY_PLACED, PlacementCause.KNOCK_ON),
                        tuple("train-b", PlacementChangeKind.NEWLY_UNPLACED, PlacementCause.KNOCK_ON));
        assertThat(diff.get(0).reason()).isEqualTo("Pool campus-h100 count set to 6,000: it goes with the moves of "
                + "train-b; the group places more work under the variant, not under the base");
        assertThat(diff.get(1).to()).isNull();
        assertThat(diff.get(1).costDelta()).isCloseTo(-cost(basePlan, "train-b"), Offset.offset(0.01));
    }

    @Test
    void identicalPlansHaveNoChanges() {
        Scenario base = base();
        Plan plan = PlanEvaluator.evaluate(base, List.of(on("train-a", "azure-h100"), on("train-b", "campus-h100"),
                on("tune-c", "aws-h100"), on("batch-d", null)));
        ComparedPlan column = column("base", base, plan);
        assertThat(PlacementDiff.diff(column, column, List.of())).isEmpty();
    }

    static Scenario resolve(Scenario base, List<Change> changes) {
        Scenario withVariant = base.withVariants(List.of(new Variant("v", "V", null, null, changes)));
        ResolvedVariant resolved = new VariantResolver(withVariant, withVariant.variants()).resolve("v");
        return resolved.scenario();
    }

    static ComparedPlan column(String id, Scenario scenario, Plan plan) {
        return new ComparedPlan(id, id, scenario, plan, List.of(), List.of());
    }

    private static double cost(Plan plan, String workload) {
        return plan.assignments().stream().filter(a -> a.workload().equals(workload))
                .mapToDouble(a -> a.costUsd()).sum();
    }
}
