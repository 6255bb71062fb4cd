package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestPlans;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At 1024 × 700 every control stays usable: buttons keep their words and the Variants results keep their room. */
class SmallWindowTest extends SmallFrontierWindow {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theSolvePanelKeepsItsWords(FxRobot robot) {
        for (String id : new String[] {"#solve-button", "#stop-button", "#solve-warm-start"}) {
            assertThat(shownText(robot.lookup(id).queryAs(Labeled.class))).as(id)
                    .isEqualTo(robot.lookup(id).queryAs(Labeled.class).getText());
        }
        assertThat(onScreen(robot.lookup("#solve-button").query())).isTrue();
    }

    /** Twelve sections since the purchase tables came (issue #17, one section): each in the navigator without scrolling. */
    @Test
    void everySectionIsInTheNavigatorWithoutScrolling(FxRobot robot) {
        Bounds navigator = robot.lookup("#navigator").query().localToScene(
                robot.lookup("#navigator").query().getLayoutBounds());
        for (com.capacityworkbench.app.gui.main.Section section : com.capacityworkbench.app.gui.main.Section.values()) {
            String id = "#nav-" + section.name().toLowerCase(java.util.Locale.ROOT);
            var cell = robot.lookup(id).tryQuery();
            assertThat(cell).as(id).isPresent();
            Bounds b = cell.get().localToScene(cell.get().getLayoutBounds());
            assertThat(b.getMaxY()).as(id).isLessThanOrEqualTo(navigator.getMaxY() + 0.5);
            // The whole line inside the cell's padding: a fixed cell size once cut "Uncertainty"'s descender.
            var navCell = (javafx.scene.control.ListCell<?>) cell.get();
            Node text = navCell.lookup(".text");
            double room = navCell.getHeight() - navCell.snappedTopInset() - navCell.snappedBottomInset();
            assertThat(text.getLayoutBounds().getHeight()).as(id + " line height").isLessThanOrEqualTo(room + 0.5);
            assertThat(text.getClip()).as(id + " text clipped").isNull();
        }
    }

    @Test
    void theVariantsResultsKeepTheirRoom(FxRobot robot) throws Exception {
        robot.clickOn("#nav-variants");
        WaitForAsyncUtils.waitForFxEvents();

        Node results = robot.lookup("#compare-tabs").query();

        // Room for the tab headers and several rows of the KPI table, even under the newcomer's hint.
        assertThat(results.getLayoutBounds().getHeight()).as("results height").isGreaterThanOrEqualTo(150);
        assertThat(onScreen(results)).isTrue();
        for (String id : new String[] {"#compare-all", "#compare-stop", "#compare-export"}) {
            Labeled button = robot.lookup(id).queryAs(Labeled.class);
            assertThat(shownText(button)).as(id).isEqualTo(button.getText());
            assertThat(onScreen(button)).as(id + " on screen").isTrue();
        }
    }

    @Test
    void thePortfolioKeepsEveryControlAndRoomForItsCharts(FxRobot robot) {
        robot.clickOn("#nav-portfolio");
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : new String[] {"#portfolio-run", "#portfolio-stop", "#portfolio-export"}) {
            Labeled button = robot.lookup(id).queryAs(Labeled.class);
            assertThat(shownText(button)).as(id).isEqualTo(button.getText());
            assertThat(onScreen(button)).as(id + " on screen").isTrue();
        }
        for (String id : new String[] {"#portfolio-futures-count", "#portfolio-seconds", "#portfolio-mode",
                "#portfolio-seed", "#portfolio-moves"}) {
            assertThat(onScreen(robot.lookup(id).query())).as(id + " on screen").isTrue();
        }
        Node histogram = robot.lookup("#portfolio-histogram").query();
        assertThat(histogram.getLayoutBounds().getHeight()).as("chart height").isGreaterThanOrEqualTo(150);
        assertThat(onScreen(robot.lookup("#portfolio-tabs").query())).isTrue();
    }

    @Test
    void theVariantButtonsStayOnScreenAndDeleteWorks(FxRobot robot) {
        robot.clickOn("#nav-variants");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#variant-add", "#variant-duplicate", "#variant-delete"}) {
            Node button = robot.lookup(id).query();
            assertThat(button.isVisible() && onScreen(button)).as(id + " on screen").isTrue();
            // Not tucked into an overflow menu: the button lies inside the tree's pane.
            Bounds pane = robot.lookup("#variant-tree").query().getParent().localToScene(
                    robot.lookup("#variant-tree").query().getParent().getLayoutBounds());
            assertThat(pane.contains(button.localToScene(button.getLayoutBounds()))).as(id + " inside its pane").isTrue();
        }
        int before = shell.viewModel().document().scenario().variants().size();
        robot.clickOn("#variant-add");
        assertThat(shell.viewModel().document().scenario().variants()).hasSize(before + 1);
        robot.clickOn("#variant-delete");
        assertThat(shell.viewModel().document().scenario().variants()).hasSize(before);
    }

    @Test
    void theTableAndAssignmentButtonsKeepTheirWords(FxRobot robot) {
        robot.clickOn("#nav-workloads");
        WaitForAsyncUtils.waitForFxEvents();
        keepWords(robot, "#workloads-add", "#workloads-duplicate", "#workloads-delete", "#workloads-copy",
                "#workloads-paste");
        robot.clickOn("#nav-accelerators");
        WaitForAsyncUtils.waitForFxEvents();
        keepWords(robot, "#accelerators-add", "#accelerators-paste");

        robot.interact(() -> shell.viewModel().plans().show(TestPlans.frontier()));
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitForFxEvents();
        keepWords(robot, "#assignment-pin-button", "#assignment-unpin-button", "#assignment-exclude-button",
                "#plan-filter-clear", "#plan-row-count");
        robot.clickOn("#tab-capacity");
        WaitForAsyncUtils.waitForFxEvents();
        keepWords(robot, "#capacity-chart-export");
    }

    /** Each control shows all its words and lies on screen. */
    private void keepWords(FxRobot robot, String... ids) {
        for (String id : ids) {
            Labeled control = robot.lookup(id).match(Node::isVisible).queryAs(Labeled.class);
            assertThat(shownText(control)).as(id).isEqualTo(control.getText());
            assertThat(onScreen(control)).as(id + " on screen").isTrue();
        }
    }

    @Test
    void theStatusBarKeepsTheProblemCountAndTheSolverState(FxRobot robot) {
        for (String id : new String[] {"#status-problems", "#status-solver"}) {
            Labeled label = robot.lookup(id).queryAs(Labeled.class);
            assertThat(shownText(label)).as(id).isEqualTo(label.getText());
        }
    }

    /** What the control shows, ellipsis included. */
    private static String shownText(Labeled control) {
        Node text = control.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }

    private boolean onScreen(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        var scene = shell.stage().getScene();
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= scene.getWidth() + 0.5
                && b.getMaxY() <= scene.getHeight() + 0.5;
    }
}
