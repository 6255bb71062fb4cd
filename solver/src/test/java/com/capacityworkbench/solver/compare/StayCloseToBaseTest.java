package com.capacityworkbench.solver.compare;

import static com.capacityworkbench.solver.compare.CompareFixture.base;
import static com.capacityworkbench.solver.compare.CompareFixture.on;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.DemandFactor;
import com.capacityworkbench.model.scenario.DemandTarget;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.variant.VariantResolver;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StayCloseToBaseTest {

    private static final Plan BASE_PLAN = PlanEvaluator.evaluate(base(), List.of(on("train-a", "azure-h100"),
            on("train-b", "campus-h100"), on("tune-c", "aws-h100"), on("batch-d", null)));

    private static Map<String, Boolean> pins(List<Change> changes, boolean stayClose) {
        Scenario withVariant = base().withVariants(List.of(new Variant("v", "V", null, null, changes)));
        Scenario variant = new VariantResolver(withVariant, withVariant.variants()).resolve("v").scenario();
        Plan warm = StayCloseToBase.warmStart(BASE_PLAN, base(), variant, changes, stayClose);
        assertThat(warm.assignments()).extracting(Assignment::pool)
                .as("the warm start keeps the base placements").containsExactlyElementsOf(
                        BASE_PLAN.assignments().stream().map(Assignment::pool).toList());
        return warm.assignments().stream().collect(Collectors.toMap(Assignment::workload, Assignment::pinned));
    }

    @Test
    void onlyTheWorkloadAChangeConcernsMayMove() {
        assertThat(pins(List.of(new DemandFactor(DemandTarget.WORKLOAD, "tune-c", 2)), true)).containsExactlyInAnyOrderEntriesOf(
                Map.of("train-a", true, "train-b", true, "tune-c", false, "batch-d", false));
    }

    @Test
    void aPlacementThatNoLongerFitsIsNotPinned() {
        assertThat(pins(List.of(new RemovePool("campus-h100")), true)).containsExactlyInAnyOrderEntriesOf(
                Map.of("train-a", true, "train-b", false, "tune-c", true, "batch-d", false));
    }

    @Test
    void freeModePinsNothing() {
        assertThat(pins(List.of(new RemovePool("campus-h100")), false)).doesNotContainValue(true);
    }
}
