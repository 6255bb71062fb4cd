package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.app.report.DeckReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export report… in the real window, headless: the shown plan becomes a deck, its progress in the status bar. */
class ExportReportTest extends FrontierWindow {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void exportsTheShownPlanAsADeckFromTheFileMenuWithProgress(FxRobot robot) throws Exception {
        robot.interact(() -> shell.viewModel().plans().show(TestPlans.frontier()));
        dialogs.saveAnswer = dir.resolve("frontier.pptx");
        List<String> steps = new CopyOnWriteArrayList<>();
        Label status = robot.lookup("#status-report").queryAs(Label.class);
        robot.interact(() -> status.textProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty() && status.getParent().isVisible()) {
                steps.add(now);
            }
        }));

        robot.clickOn("File").clickOn("Export report…");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> dialogs.shown.stream().anyMatch(s -> s.startsWith("Export report: Wrote")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown).contains("Export report: Wrote " + dialogs.saveAnswer + ".");
        assertThat(steps).contains("Drawing the flow and the map", "Drawing the cost charts", "Saving frontier.pptx");
        assertThat(status.getParent().isVisible()).as("the progress goes when the deck is written").isFalse();
        try (DeckReader deck = new DeckReader(dialogs.saveAnswer)) {
            assertThat(deck.titles()).startsWith("Capacity plan", "The plan in brief", "Cost").contains(
                    "Where the work runs", "Sites on the map");
            assertThat(DeckReader.pictures(deck.slides().get(7))).isOne();
            assertThat(DeckReader.charts(deck.slides().get(2)).getFirst().sumOfAll())
                    .isCloseTo(TestPlans.frontier().kpis().totalCostUsd(), org.assertj.core.api.Assertions.within(0.005));
        }
    }

    @Test
    void withNoPlanTheMenuSaysToSolveFirst(FxRobot robot) {
        robot.clickOn("File").clickOn("Export report…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown).containsExactly("Export report: There is no plan yet: solve the scenario first.");
    }
}
