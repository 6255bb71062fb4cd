package com.capacityworkbench.app.gui;

import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import org.jspecify.annotations.Nullable;

/** Starts the JavaFX desktop app. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    /** Why the desktop app cannot open on this machine, or null when it can try. */
    public static @Nullable String missingDisplay() {
        return missingDisplay(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    /**
     * On Linux JavaFX needs an X11 or Wayland display; without one it fails with a stack trace ("Unable to open
     * DISPLAY"). The headless Monocle platform (the tests) needs none.
     */
    static @Nullable String missingDisplay(String os, Map<String, String> env, @Nullable String glassPlatform) {
        boolean linux = os.toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || "Monocle".equalsIgnoreCase(glassPlatform) || !isBlank(env.get("DISPLAY"))
                || !isBlank(env.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return "the desktop app needs a display and this session has none (DISPLAY is not set). Open it on a desktop, "
                + "or under xvfb-run; the command line works without one: ./workbench --help";
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
