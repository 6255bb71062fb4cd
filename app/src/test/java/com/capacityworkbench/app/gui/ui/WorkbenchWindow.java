package com.capacityworkbench.app.gui.ui;

import com.capacityworkbench.app.gui.RecordingDialogs;
import com.capacityworkbench.app.gui.ShellFiles;
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
 * The workbench's window open on a scenario file, headless, with dialogs that answer as a test says; open before each
 * test, closed after it. TestFX looks for {@code @Start} on the test class itself only: a subclass's {@code @Start}
 * calls {@link #open}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WorkbenchWindow {

    @TempDir
    static Path config;

    final RecordingDialogs dialogs = new RecordingDialogs();
    WorkbenchShell shell;

    /** The scenario the window opens. */
    abstract Path file();

    /** Sets the window's size before it shows; the usual size unless a test needs another. */
    void size(Stage stage) {
    }

    void open(Stage stage) {
        shell = new WorkbenchShell(stage, config, dialogs);
        size(stage);
        stage.show();
        shell.start(file());
    }

    @BeforeEach
    void opened() throws Exception {
        ShellFiles.awaitOpen(shell, file());
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> shell.dispose());
    }
}
