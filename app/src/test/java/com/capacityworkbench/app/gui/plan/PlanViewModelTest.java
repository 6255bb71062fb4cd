package com.capacityworkbench.app.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.plan.flow.FlowModel;
import com.capacityworkbench.app.gui.plan.grid.CapacityGrid;
import com.capacityworkbench.app.gui.plan.grid.GridModel;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.ProviderUsage;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

class PlanViewModelTest {

    private final Scenario scenario = TestScenarios.frontier();
    private final Plan plan = TestPlans.frontier();
    private final PlanViewModel viewModel = new PlanViewModel(() -> scenario);

    @Test
    void aChartPickFiltersTheAssignmentTableAndClearingRestoresIt() {
        viewModel.show(plan);
        Assignment some = plan.assignments().stream().filter(Assignment::isPlaced).findFirst().orElseThrow();

        viewModel.filterBy(viewModel.filter().withProvider(some.provider()).withPeriod(some.from()));

        assertThat(viewModel.visibleAssignments()).isNotEmpty().contains(some)
                .allMatch(a -> some.provider().equals(a.provider()) && !a.from().isAfter(some.from()) && !a.to().isBefore(some.from()));
        assertThat(viewModel.visibleAssignments().size()).isLessThan(plan.assignments().size());
        viewModel.clearFilter();
        assertThat(viewModel.visibleAssignments()).hasSize(plan.assignments().size());
    }

    @Test
    void theExplanationOfTheSelectedWorkloadComesFromThePlan() {
        viewModel.show(plan);
        viewModel.selectedWorkloadProperty().set(plan.assignments().getFirst().workload());

        assertThat(viewModel.explanation(viewModel.selectedWorkloadProperty().get())).get()
                .satisfies(e -> assertThat(e.candidates()).isNotEmpty());
    }

    @Test
    void theFlowAddsUpToThePlansAcceleratorHoursPerProvider() {
        FlowModel flow = FlowModel.of(plan, scenario, 5);

        for (ProviderUsage usage : plan.kpis().providerUsage()) {
            double drawn = flow.columns().get(1).stream().filter(n -> usage.provider().equals(n.key()))
                    .mapToDouble(FlowModel.Node::value).sum();
            assertThat(drawn).isCloseTo(usage.acceleratorHours(), org.assertj.core.data.Percentage.withPercentage(0.5));
        }
        assertThat(flow.columns().get(2)).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void theCapacityGridFoldsPoolsBeyondTopNIntoOneRow() {
        GridModel grid = CapacityGrid.of(plan, scenario.horizon().periods(), 5);

        assertThat(grid.rows()).isEqualTo(6);
        assertThat(grid.rowKeys().getLast()).isNull();
        assertThat(grid.rowLabels().getLast()).startsWith("other " + (scenario.pools().size() - 5) + " pools");
        Period first = scenario.horizon().first();
        assertThat(grid.periods().getFirst()).isEqualTo(first);
    }
}
