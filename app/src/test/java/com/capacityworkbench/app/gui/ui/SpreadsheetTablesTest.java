package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.edit.Row;
import com.capacityworkbench.model.scenario.Workload;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tables behave like a spreadsheet: typing on a selected cell edits it, Tab moves on, a new row is selected and in
 * view, numbers have thousands separators, clipped text has a tooltip, and a pasted column of bare numbers is refused.
 */
class SpreadsheetTablesTest extends FrontierWindow {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private TableView<Row<Workload>> workloads(FxRobot robot) {
        return robot.lookup("#workloads-table").queryAs(TableView.class);
    }

    private Node cell(FxRobot robot, int row, String column) {
        return robot.lookup("#workloads-table .table-row-cell")
                .match(r -> ((javafx.scene.control.TableRow<?>) r).getIndex() == row).lookup("#" + column).query();
    }

    @Test
    void typingOnASelectedCellEditsItAndTabMovesToTheNextColumn(FxRobot robot) {
        robot.clickOn(cell(robot, 0, "demand"));
        robot.write("4321").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.viewModel().document().scenario().workloads().getFirst().demand()).isEqualTo(4321);
        TablePosition<?, ?> focused = workloads(robot).getFocusModel().getFocusedCell();
        assertThat(focused.getRow()).isZero();
        assertThat(focused.getTableColumn().getId()).isEqualTo("from");
        assertThat(((TableCell<?, ?>) cell(robot, 0, "demand")).getText()).isEqualTo("4,321");
    }

    @Test
    void aNewRowIsSelectedAndShown(FxRobot robot) {
        robot.clickOn("#workloads-add");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Row<Workload>> table = workloads(robot);
        int last = shell.viewModel().document().scenario().workloads().size() - 1;
        Row<Workload> selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected.index()).isEqualTo(last);
        assertThat(robot.lookup("#workloads-table .table-row-cell")
                .match(r -> ((javafx.scene.control.TableRow<?>) r).getItem() == selected && r.isVisible()).tryQuery())
                .as("the new row is on screen").isPresent();
    }

    @Test
    void clippedTextHasATooltipWithAllOfIt(FxRobot robot) {
        robot.interact(() -> workloads(robot).getColumns().getFirst().setPrefWidth(40));
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> id = (TableCell<?, ?>) cell(robot, 0, "id");
        assertThat(id.getTooltip()).isNotNull();
        assertThat(id.getTooltip().getText()).isEqualTo(shell.viewModel().document().scenario().workloads().getFirst().id());
    }

    @Test
    void aPastedColumnOfBareNumbersIsRefusedWithAMessage(FxRobot robot) {
        int before = workloads(robot).getItems().size();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("12345\n24912\n800\n");
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.clickOn("#workloads-paste");

        assertThat(workloads(robot).getItems()).hasSize(before);
        assertThat(dialogs.shown).singleElement().asString().contains("Nothing was pasted")
                .contains("only numbers (e.g. 12345)");
    }
}
