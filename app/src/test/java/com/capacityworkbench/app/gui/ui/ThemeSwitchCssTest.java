package com.capacityworkbench.app.gui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the theme restyles every screen without a CSS error: a fitted column exactly 80 pixels wide (the workloads'
 * Kind) looked to JavaFX like one never sized, which it measured again, mid-switch, with cells styled before their table
 * ("Could not resolve '-color-cell-fg'", 59 times here).
 */
public class ThemeSwitchCssTest extends FrontierWindow {

    private static final List<String> TABLES = List.of("workloads", "pools", "sites", "accelerators", "datasets",
            "providers");

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void switchingTheThemeAndBackStylesEveryTableWithoutCssErrors(FxRobot robot) {
        for (String section : TABLES) {
            robot.clickOn("#nav-" + section);
            WaitForAsyncUtils.waitForFxEvents();
            FrozenColumnsTest.waitForFit(robot.lookup("#" + section + "-table").queryAs(TableView.class));
        }
        robot.clickOn("#nav-policies");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> warnings = cssWarningsWhile(() -> {
            robot.interact(() -> shell.theme().darkProperty().set(true));
            for (String section : TABLES) {
                robot.clickOn("#nav-" + section);
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.interact(() -> shell.theme().darkProperty().set(false));
            WaitForAsyncUtils.waitForFxEvents();
        });

        assertThat(warnings).isEmpty();
    }

    /** What JavaFX's CSS logger reports while {@code action} runs. */
    private static List<String> cssWarningsWhile(Runnable action) {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger css = Logger.getLogger("javafx.css");
        css.addHandler(handler);
        try {
            action.run();
        } finally {
            css.removeHandler(handler);
        }
        return warnings;
    }
}
