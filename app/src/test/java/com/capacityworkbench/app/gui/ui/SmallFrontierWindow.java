package com.capacityworkbench.app.gui.ui;

import com.capacityworkbench.app.gui.RecordingDialogs;
import com.capacityworkbench.app.gui.ShellFiles;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.WindowSize;
import com.capacityworkbench.app.gui.WorkbenchShell;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The frontier sample open in a 1024 × 700 window, the smallest the workbench is made for; closed after each test.
 * TestFX looks for {@code @Start} on the test class itself only: a subclass's {@code @Start} calls {@link #open}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SmallFrontierWindow {

    @TempDir
    static Path config;

    final RecordingDialogs dialogs = new RecordingDialogs();
    WorkbenchShell shell;

    void open(Stage stage) {
        shell = new WorkbenchShell(stage, config, dialogs);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
        shell.start(TestScenarios.frontierFile());
    }

    @BeforeEach
    void opened() throws Exception {
        ShellFiles.awaitOpen(shell, TestScenarios.frontierFile());
    }

    /** The stage is shared by every GUI test class: the next one gets it back at the window's usual size. */
    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            shell.dispose();
            shell.stage().setWidth(WindowSize.WIDTH);
            shell.stage().setHeight(WindowSize.HEIGHT);
        });
    }
}
