package com.capacityworkbench.app;

import com.capacityworkbench.app.cli.WorkbenchCommand;
import com.capacityworkbench.app.gui.DesktopLauncher;

/**
 * Entry point of ./workbench and of the installed app. No arguments, or one scenario file, opens the
 * desktop app; anything else is the command line. This class does not extend Application on purpose:
 * on the classpath JavaFX refuses to start an Application subclass used as the main class.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (WorkbenchCommand.opensDesktop(args)) {
            String missing = DesktopLauncher.cannotOpen();
            if (missing != null) {
                System.err.println("workbench: " + missing);
                System.exit(1);
            }
            DesktopLauncher.launch(args);
        } else {
            System.exit(WorkbenchCommand.run(args));
        }
    }
}
