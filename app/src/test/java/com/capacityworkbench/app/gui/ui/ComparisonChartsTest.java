package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiDirection;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The frontier sample's base and its six variants compared, in a 1440 × 900 window: each chart of the Variants screen
 * names every plan beside its bar (with the KPI choice above the chart, five of the seven names showed).
 */
class ComparisonChartsTest extends FrontierWindow {

    @Override
    void size(Stage stage) {
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void everyPlanIsNamedOnBothCharts(FxRobot robot) {
        Scenario scenario = shell.viewModel().document().scenario();
        Plan plan = TestPlans.frontier();
        List<ComparedPlan> columns = new ArrayList<>();
        columns.add(new ComparedPlan(ComparedPlan.BASE_ID, scenario.name(), scenario, plan, List.of(), List.of()));
        scenario.variants().forEach(v -> columns.add(new ComparedPlan(v.id(), v.name(), scenario, plan, List.of(),
                List.of())));
        assertThat(columns).hasSize(7);
        List<Double> totals = columns.stream().map(c -> c.plan().kpis().totalCostUsd()).toList();
        Comparison comparison = new Comparison(columns, List.of(new KpiRow("Cost", "Total cost", "$",
                KpiDirection.LOWER_IS_BETTER, totals, 0)), Map.of());

        robot.clickOn("#nav-variants");
        robot.interact(() -> shell.viewModel().compare().comparisonProperty().set(comparison));
        robot.clickOn("Charts");
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : new String[] {"#kpi-chart", "#cost-by-provider-chart"}) {
            XYChart<?, ?> chart = robot.lookup(id).queryAs(XYChart.class);
            assertThat(chart.isVisible()).as(id).isTrue();
            assertThat(chart.getYAxis().getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.isVisible())
                    .map(n -> ((Text) n).getText())).as(id + ": names beside the bars")
                    .containsExactlyInAnyOrderElementsOf(columns.stream().map(ComparedPlan::name).toList());
        }
    }
}
