package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.ShellFiles;
import com.capacityworkbench.app.gui.TestScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A newcomer on the sample is told the three steps; every toolbar button says what it does and its shortcut. */
class FirstRunTest extends FrontierWindow {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theSampleTellsANewcomerTheThreeStepsUntilClosed(FxRobot robot) {
        Label steps = robot.lookup("#first-steps-text").queryAs(Label.class);
        assertThat(steps.isVisible()).isTrue();
        assertThat(steps.getText()).contains("1. Edit", "2. Solve (F5)", "3. Compare");

        robot.clickOn("#first-steps-close");

        assertThat(robot.lookup("#first-steps").query().isVisible()).isFalse();
    }

    @Test
    void aPlannersOwnFileDoesNotShowTheSteps(FxRobot robot) throws Exception {
        Path own = Files.copy(TestScenarios.frontierFile(), dir.resolve("ours.json"));
        ShellFiles.read(robot, shell, own);

        assertThat(robot.lookup("#first-steps").query().isVisible()).isFalse();
    }

    @Test
    void everyToolbarButtonHasATooltipWithItsShortcut(FxRobot robot) {
        var buttons = robot.lookup(".tool-bar").queryAllAs(ToolBar.class).stream()
                .filter(bar -> bar.getParent() != null && bar.getParent().getParent() == shell.view())
                .flatMap(bar -> bar.getItems().stream()).filter(ButtonBase.class::isInstance)
                .map(ButtonBase.class::cast).toList();
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(6);
        assertThat(buttons).allSatisfy(b -> assertThat(b.getTooltip()).as(b.getId()).isNotNull()
                .extracting(t -> t.getText()).asString().matches(".*\\((Ctrl|F\\d|Shift)[^)]*\\).*"));
        for (String solvePanel : new String[] {"#solve-button", "#stop-button"}) {
            assertThat(robot.lookup(solvePanel).queryAs(ButtonBase.class).getTooltip().getText())
                    .matches(".*\\((Ctrl|F\\d|Shift)[^)]*\\).*");
        }
    }
}
