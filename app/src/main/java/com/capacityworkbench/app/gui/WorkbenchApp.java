package com.capacityworkbench.app.gui;

import com.capacityworkbench.app.gui.service.AppDirs;
import com.capacityworkbench.app.install.WorkbenchHome;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: opens the file given on the command line, else the bundled sample. */
public final class WorkbenchApp extends Application {

    private WorkbenchShell shell;

    @Override
    public void start(Stage stage) {
        shell = new WorkbenchShell(stage, AppDirs.config());
        stage.show();
        List<String> args = getParameters().getRaw();
        Path file = !args.isEmpty() ? Path.of(args.getFirst())
                : WorkbenchHome.hasDefaultScenario() ? WorkbenchHome.defaultScenario() : null;
        shell.start(file);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.dispose();
        }
    }
}
