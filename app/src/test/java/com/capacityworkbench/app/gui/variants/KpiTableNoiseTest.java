package com.capacityworkbench.app.gui.variants;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiDirection;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The KPI table marks a difference within solver noise, greys it and shows the row's spread; its total cost says what
 * it leaves out.
 */
@ExtendWith(ApplicationExtension.class)
class KpiTableNoiseTest {

    // Made on start: a table needs the toolkit, which the extension starts after making the test.
    private KpiTable table;

    @Start
    void start(Stage stage) {
        table = new KpiTable();
        stage.setScene(new Scene(table, 1200, 300));
        stage.show();
    }

    static Comparison comparison() throws Exception {
        Scenario tiny = ScenarioJson.read(Path.of("..", "samples", "tiny.json"));
        Plan plan = PlanEvaluator.evaluate(tiny, List.of(), PlanEvaluator.Detail.LIGHT);
        List<ComparedPlan> columns = List.of(new ComparedPlan("base", "Tiny", tiny, plan, List.of(), List.of()),
                new ComparedPlan("noisy", "Noisy", tiny, plan, List.of(), List.of()),
                new ComparedPlan("real", "Real", tiny, plan, List.of(), List.of()));
        return new Comparison(columns, List.of(new KpiRow("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER,
                List.of(1_000_000.0, 980_000.0, 700_000.0), 2, List.of(30_000.0, 10_000.0, 0.0))), Map.of());
    }

    @Test
    void aDifferenceWithinTheSpreadIsMarkedAndGreyed(FxRobot robot) throws Exception {
        Comparison comparison = comparison();
        robot.interact(() -> table.show(comparison));
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> noisy = cell(robot, "Noisy");
        TableCell<?, ?> real = cell(robot, "Real");
        assertThat(noisy.getText()).isEqualTo("$980k  (-2.0 %, noise)");
        assertThat(noisy.getStyleClass()).contains("kpi-noise");
        assertThat(noisy.getStyle()).contains("italic");
        assertThat(noisy.getTooltip().getText()).contains("Within solver noise", "Spread over seeds: $10k");
        assertThat(real.getText()).isEqualTo("$700k  (-30.0 %)");
        assertThat(real.getStyleClass()).doesNotContain("kpi-noise").contains("kpi-best");
        assertThat(robot.lookup("#kpi-table .table-cell").queryAllAs(TableCell.class))
                .anySatisfy(c -> assertThat(c.getText()).isEqualTo("± $30k"));
    }

    @Test
    void theTotalCostSaysWhatItLeavesOut(FxRobot robot) throws Exception {
        Comparison comparison = comparison();
        robot.interact(() -> table.show(comparison));
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> name = robot.lookup("#kpi-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "Total cost".equals(c.getText())).findFirst().orElseThrow();
        assertThat(name.getTooltip().getText()).contains("Committed and self-built capacity is paid whether it is "
                + "used or not", "the total leaves that spend out");
        assertThat(name.getGraphic()).as("an info mark says there is more to read").isNotNull();
    }

    /** The first row's cell in the column of that plan. */
    private TableCell<?, ?> cell(FxRobot robot, String plan) {
        int column = table.getColumns().indexOf(table.getColumns().stream()
                .filter(c -> c.getGraphic() instanceof javafx.scene.control.Label l && l.getText().equals(plan))
                .findFirst().orElseThrow());
        return robot.lookup("#kpi-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getIndex() == 0).findFirst().orElseThrow()
                .getChildrenUnmodifiable().stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == table.getColumns().get(column)).findFirst().orElseThrow();
    }
}
