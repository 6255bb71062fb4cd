package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.table.ClippedText;
import com.capacityworkbench.app.gui.TestPlans;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Labeled;
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
 * Tables open with their columns as wide as what they show, as a spreadsheet's "fit to content": no workload, pool or
 * site name and no heading cut to "multimodal-pretrai…" in the scenario's tables or the plan's assignments, and the
 * plan's table still opens at its first row.
 */
public class ColumnsFitTheirContentTest extends FrontierWindow {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theWorkloadAndPoolTablesShowEveryNameAndHeadingWhole(FxRobot robot) {
        for (String section : List.of("workloads", "pools")) {
            robot.clickOn("#nav-" + section);
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = robot.lookup("#" + section + "-table").queryAs(TableView.class);
            FrozenColumnsTest.waitForFit(table);
            assertThat(clipped(robot, table, table.getColumns().size() - 1)).as("clipped in the %s table", section)
                    .isEmpty();
            assertThat(firstRowOnShow(robot, table)).as("the first row on show").isZero();
        }
    }

    @Test
    void thePlansAssignmentsShowWholeNamesFromTheFirstRow(FxRobot robot) {
        robot.interact(() -> shell.viewModel().plans().show(TestPlans.frontier()));
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#assignment-table").queryAs(TableView.class);
        FrozenColumnsTest.waitForFit(table);

        // Workload, shard, pinned, pool, site and provider: the columns a planner reads a row by.
        assertThat(clipped(robot, table, 5)).isEmpty();
        assertThat(firstRowOnShow(robot, table)).as("the first row on show").isZero();
    }

    /**
     * Texts cut short in the headers and cells of the table's first columns (up to index {@code lastColumn}) that lie
     * wholly within the table's width, as "header Demand (ref acc…)" or "cell 0 multimodal-pretrai…".
     */
    private static List<String> clipped(FxRobot robot, TableView<?> table, int lastColumn) {
        double right = table.localToScene(0, 0).getX() + table.getWidth();
        List<String> headers = robot.from(table).lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(h -> h.getTableColumn() != null && h.getTableColumn().getColumns().isEmpty())
                .filter(h -> table.getColumns().indexOf(h.getTableColumn()) <= lastColumn)
                .filter(h -> h.localToScene(h.getLayoutBounds()).getMaxX() <= right)
                .map(h -> (Labeled) h.lookup(".label"))
                .filter(ClippedText::isClipped).map(l -> "header " + l.getText()).toList();
        List<String> cells = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() != null)
                .flatMap(row -> row.getChildrenUnmodifiable().stream()).filter(TableCell.class::isInstance)
                .map(node -> (TableCell<?, ?>) node)
                .filter(cell -> table.getColumns().indexOf(cell.getTableColumn()) <= lastColumn)
                .filter(cell -> cell.localToScene(cell.getLayoutBounds()).getMaxX() <= right)
                .filter(ClippedText::isClipped)
                .map(cell -> "cell " + table.getColumns().indexOf(cell.getTableColumn()) + " " + cell.getText())
                .toList();
        return Stream.concat(headers.stream(), cells.stream()).toList();
    }

    private static int firstRowOnShow(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() != null && row.isVisible() && row.getLayoutY() >= 0)
                .mapToInt(TableRow::getIndex).min().orElseThrow();
    }
}
