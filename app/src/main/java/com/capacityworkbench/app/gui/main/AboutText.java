package com.capacityworkbench.app.gui.main;

import com.capacityworkbench.app.install.AppVersion;
import java.util.Optional;

/** What the About dialog says: the app's version from the build, and the runtime it stands on. */
public final class AboutText {

    private AboutText() {
    }

    public static String text() {
        return "Capacity Workbench " + AppVersion.get() + "\n"
                + "Plans AI accelerator capacity across clouds and self-built campuses.\n\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version", "unknown") + "\n"
                + "Timefold Solver " + Optional.ofNullable(ai.timefold.solver.core.api.solver.SolverFactory.class
                        .getPackage().getImplementationVersion()).orElse("(version not recorded)");
    }
}
