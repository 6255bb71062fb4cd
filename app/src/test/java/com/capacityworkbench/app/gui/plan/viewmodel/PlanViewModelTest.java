package com.capacityworkbench.app.gui.plan.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.plan.flow.FlowModel;
import com.capacityworkbench.app.gui.plan.grid.CapacityGrid;
import com.capacityworkbench.app.gui.plan.grid.GridModel;
import com.capacityworkbench.app.gui.quality.LevelRow;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.PlanQuality;
import com.capacityworkbench.model.plan.ProviderUsage;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
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
    void aSolvedPlanSaysHowGoodItIsLevelByLevelInWords() {
        viewModel.show(plan.withQuality(new PlanQuality(List.of(
                new LevelQuality(PlanLevel.UNPLACED_DEMAND, 0, 0.0, true, false, 1.5),
                new LevelQuality(PlanLevel.FIRST_REFUSAL, 4_271_964_000.0, 4_260_000_000.0, false, false, 12.0),
                new LevelQuality(PlanLevel.COST, 4_977_825_605.0, null, false, false, null)), 60, 1)));

        assertThat(viewModel.qualitySummaryProperty().get())
                .isEqualTo("First refusal within 0.3 % of its bound; no improvement for 48 s of the 60 s solve");
        assertThat(viewModel.qualityLevels()).containsExactly(
                new LevelRow("Unplaced demand", "0 ref accel × priority", "proven optimal", "last improved at 1.5 s", true),
                new LevelRow("First refusal", "4,271,964,000 ref-accel-hours off the primary", "within 0.3 % of its bound",
                        "last improved at 12 s", false),
                new LevelRow("Cost", "$4.98B", "no bound known", "unchanged since the first plan", false));
    }

    @Test
    void aPlanWithoutQualityShowsNone() {
        viewModel.show(plan);
        viewModel.show(plan.withQuality(null));

        assertThat(viewModel.qualitySummaryProperty().get()).isEmpty();
        assertThat(viewModel.qualityLevels()).isEmpty();
        viewModel.show(null);
        assertThat(viewModel.qualitySummaryProperty().get()).isEmpty();
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
