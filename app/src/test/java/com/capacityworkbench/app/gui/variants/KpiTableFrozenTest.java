package com.capacityworkbench.app.gui.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.app.gui.ui.FrozenColumnsTest;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In a narrow window the plans' columns of the KPI comparison scroll sideways under the KPI's group and name. */
@ExtendWith(ApplicationExtension.class)
class KpiTableFrozenTest {

    // Made on start: a table needs the toolkit, which the extension starts after making the test.
    private KpiTable table;

    @Start
    void start(Stage stage) {
        table = new KpiTable();
        // Narrow enough that the plans scroll sideways once the columns fit their content, whatever width the
        // shared stage kept from the test before.
        table.setMaxWidth(400);
        StackPane root = new StackPane(table);
        StackPane.setAlignment(table, Pos.TOP_LEFT);
        stage.setScene(new Scene(root, 620, 300));
        stage.show();
    }

    @Test
    void theKpiNameStaysWhileThePlansScrollUnderIt(FxRobot robot) throws Exception {
        var comparison = KpiTableNoiseTest.comparison();
        robot.interact(() -> table.show(comparison));
        FrozenColumnsTest.waitForFit(table);
        double kpiBefore = FrozenColumnsTest.cellOf(robot, table, 0, 1).localToScene(0, 0).getX();
        double planBefore = FrozenColumnsTest.cellOf(robot, table, 0, 5).localToScene(0, 0).getX();

        double scrolled = FrozenColumnsTest.scrollRight(robot, table);

        TableCell<?, ?> kpi = FrozenColumnsTest.cellOf(robot, table, 0, 1);
        assertThat(kpi.localToScene(0, 0).getX()).isCloseTo(kpiBefore, within(1.0));
        assertThat(kpi.getText()).isEqualTo("Total cost");
        assertThat(FrozenColumnsTest.cellOf(robot, table, 0, 5).localToScene(0, 0).getX())
                .isCloseTo(planBefore - scrolled, within(1.0));

        // A new comparison replaces the columns: the new Group and KPI columns are frozen too.
        robot.interact(() -> table.show(comparison));
        FrozenColumnsTest.waitForFit(table);
        assertThat(FrozenColumnsTest.cellOf(robot, table, 0, 1).localToScene(0, 0).getX())
                .isCloseTo(kpiBefore, within(1.0));
    }
}
