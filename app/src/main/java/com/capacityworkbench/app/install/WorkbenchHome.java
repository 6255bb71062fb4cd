package com.capacityworkbench.app.install;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the app's bundled files (samples, assets) are: -Dworkbench.home, else the working directory. */
public final class WorkbenchHome {

    private WorkbenchHome() {
    }

    public static Path dir() {
        String home = System.getProperty("workbench.home");
        return home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    }

    public static Path samples() {
        return dir().resolve("samples");
    }

    public static Path defaultScenario() {
        return samples().resolve("frontier-2027.json");
    }

    public static boolean hasDefaultScenario() {
        return Files.isRegularFile(defaultScenario());
    }
}
