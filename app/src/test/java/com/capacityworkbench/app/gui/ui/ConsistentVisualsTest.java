package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.ShellSolves;
import com.capacityworkbench.app.gui.plan.map.WorldMap;
import com.capacityworkbench.model.scenario.Site;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Chart selections are highlighted; the map has a legend of provider colours, zooms and resets. */
class ConsistentVisualsTest extends FrontierWindow {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void solved(FxRobot robot) throws Exception {
        ShellSolves.solve(robot, shell, 10);
        robot.clickOn("#nav-plan");
    }

    @Test
    void totalCostAndIdleCommittedSayHowCommittedSpendRelatesToTheTotal(FxRobot robot) throws Exception {
        robot.moveTo("#kpi-total-cost");
        assertThat(shownTooltip(robot)).startsWith("What this plan adds to what is already paid for")
                .contains("Committed and self-built capacity is paid whether it is used or not");
        robot.moveTo("#kpi-idle-committed");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip(robot).startsWith("Committed and self-built"));
        assertThat(shownTooltip(robot)).contains("money already spent, not part of the total cost");
        assertThat(robot.lookup("#kpi-idle-committed .kpi-name").queryAs(javafx.scene.control.Label.class).getGraphic())
                .as("an info mark says there is more to read").isNotNull();
        // Leave no tooltip open over the next test's window.
        robot.moveTo("#nav-workloads");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .noneMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()));
    }

    /** The text of the tooltip on screen, waiting for it to open. */
    private static String shownTooltip(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()));
        return robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElse("");
    }

    @Test
    void aClickedCostBarStaysOutlinedAndOnlyIt(FxRobot robot) {
        robot.clickOn("#tab-cost");
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = robot.lookup(".cost-bar").match(n -> n.getBoundsInLocal().getHeight() > 6).query();

        robot.clickOn(bar);

        PseudoClass selected = PseudoClass.getPseudoClass("selected");
        assertThat(bar.getPseudoClassStates()).contains(selected);
        assertThat(robot.lookup(".cost-bar").<Node>queryAll().stream().filter(n -> n.getPseudoClassStates().contains(selected)).toList())
                .hasSize(1);
        robot.clickOn("#plan-filter-clear");
        assertThat(bar.getPseudoClassStates()).doesNotContain(selected);
    }

    @Test
    void theMapHasALegendZoomsAtTheCursorAndResets(FxRobot robot) {
        robot.clickOn("#tab-map");
        WaitForAsyncUtils.waitForFxEvents();
        WorldMap map = robot.lookup("#map-chart .chart-view").queryAs(WorldMap.class);
        assertThat(map.legend()).isNotEmpty().isSorted()
                .isSubsetOf(shell.viewModel().document().scenario().sites().stream().map(Site::provider).toList());

        robot.moveTo(robot.point(map).atPosition(Pos.CENTER));
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.zoom()).isGreaterThan(1);

        robot.clickOn("#map-reset");
        assertThat(map.zoom()).isEqualTo(1);
        robot.moveTo(robot.point(map).atPosition(Pos.CENTER)).scroll(2, javafx.geometry.VerticalDirection.DOWN);
        assertThat(map.zoom()).isGreaterThan(1);
        robot.doubleClickOn(MouseButton.PRIMARY);
        assertThat(map.zoom()).as("double-click resets").isEqualTo(1);
    }

    @Test
    void theMapsLegendFollowsTheTheme(FxRobot robot) {
        robot.clickOn("#tab-map");
        WaitForAsyncUtils.waitForFxEvents();
        WorldMap map = robot.lookup("#map-chart .chart-view").queryAs(WorldMap.class);
        assertThat(legendBand(robot, map)).as("light theme: a light band").isGreaterThan(0.8);

        robot.interact(() -> shell.theme().darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legendBand(robot, map)).as("dark theme: a dark band").isLessThan(0.3);

        robot.interact(() -> shell.theme().darkProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legendBand(robot, map)).as("light again").isGreaterThan(0.8);
    }

    /** The brightness of the legend's band, left of its first provider's dot. */
    private static double legendBand(FxRobot robot, WorldMap map) {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = map.canvas().snapshot(null, null));
        return image[0].getPixelReader().getColor(6, 6).getBrightness();
    }
}
