package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.app.gui.table.FittingTableSkin;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The identity column stays frozen when a table scrolls sideways: the workload's name in the workloads table, the
 * workload and shard in the assignments. Dragging the scroll bar moves the other columns left; the frozen cells and
 * their headers stay at the table's left edge, and a click there lands on them.
 */
public class FrozenColumnsTest extends SmallFrontierWindow {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theWorkloadNameStaysAtTheLeftEdgeAndAClickThereLandsOnIt(FxRobot robot) {
        robot.clickOn("#nav-workloads");
        TableView<?> table = robot.lookup("#workloads-table").queryAs(TableView.class);
        waitForFit(table);
        double idBefore = sceneX(cell(robot, table, 0, "id"));
        double demandBefore = sceneX(cell(robot, table, 0, "demand"));

        double scrolled = scrollRight(robot, table);

        TableCell<?, ?> id = cell(robot, table, 0, "id");
        assertThat(sceneX(cell(robot, table, 0, "demand"))).as("the other columns moved")
                .isCloseTo(demandBefore - scrolled, within(1.0));
        assertThat(sceneX(id)).as("the name stayed").isCloseTo(idBefore, within(1.0));
        assertThat(id.getText()).isEqualTo(shell.viewModel().document().scenario().workloads().getFirst().id());
        assertThat(sceneX(header(robot, table, "id"))).as("its header stayed").isCloseTo(idBefore, within(1.0));

        // What shows at the left edge is the name, not the column that slid under it: a click there selects the name.
        robot.clickOn(new Point2D(id.localToScreen(id.getLayoutBounds()).getMinX() + 12,
                id.localToScreen(id.getLayoutBounds()).getCenterY()));
        assertThat(table.getFocusModel().getFocusedCell().getTableColumn().getId()).isEqualTo("id");
    }

    @Test
    void theAssignmentsKeepWorkloadAndShardInView(FxRobot robot) {
        robot.interact(() -> shell.viewModel().plans().show(TestPlans.frontier()));
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#assignment-table").queryAs(TableView.class);
        waitForFit(table);
        TableCell<?, ?> workload = cellOf(robot, table, 0, 0);
        double workloadBefore = sceneX(workload);
        double siteBefore = sceneX(cellOf(robot, table, 0, 4));

        double scrolled = scrollRight(robot, table);

        assertThat(sceneX(cellOf(robot, table, 0, 4))).isCloseTo(siteBefore - scrolled, within(1.0));
        assertThat(sceneX(cellOf(robot, table, 0, 0))).isCloseTo(workloadBefore, within(1.0));
        assertThat(sceneX(cellOf(robot, table, 0, 1))).as("the shard too")
                .isCloseTo(workloadBefore + table.getColumns().get(0).getWidth(), within(1.0));
        assertThat(cellOf(robot, table, 0, 0).getText()).isNotBlank();
    }

    /** Waits until the table's columns have been fitted to its rows (a moment after they are shown). */
    public static void waitForFit(TableView<?> table) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FittingTableSkin.isFitted(table));
        } catch (TimeoutException e) {
            throw new AssertionError("the table's columns were not fitted", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags the table's horizontal scroll bar to the right, as a user would; returns how far the rows moved. */
    public static double scrollRight(FxRobot robot, TableView<?> table) {
        ScrollBar bar = table.lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance)
                .map(ScrollBar.class::cast).filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("the table does not scroll sideways"));
        robot.drag(bar.lookup(".thumb")).moveBy(300, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getValue()).as("scrolled sideways").isGreaterThan(100);
        return bar.getValue();
    }

    private static double sceneX(Node node) {
        return node.localToScene(0, 0).getX();
    }

    private static TableCell<?, ?> cell(FxRobot robot, TableView<?> table, int row, String columnId) {
        int column = table.getColumns().indexOf(table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow());
        return cellOf(robot, table, row, column);
    }

    public static TableCell<?, ?> cellOf(FxRobot robot, TableView<?> table, int row, int column) {
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == row).findFirst().orElseThrow()
                .getChildrenUnmodifiable().stream().filter(TableCell.class::isInstance).map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == table.getColumns().get(column)).findFirst().orElseThrow();
    }

    private static Node header(FxRobot robot, TableView<?> table, String columnId) {
        return robot.from(table).lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(h -> h.getTableColumn() != null && columnId.equals(h.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }
}
