package com.capacityworkbench.app.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.application.Application;
import org.jspecify.annotations.Nullable;

/** Starts the JavaFX desktop app. */
public final class DesktopLauncher {

    /** The library JavaFX's Linux window toolkit (glass) loads. */
    private static final String GTK3 = "libgtk-3.so.0";

    /** Where the dynamic linker looks by default; a multiarch machine keeps its libraries one level down. */
    private static final List<Path> LIBRARY_ROOTS = Stream.of("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib")
            .map(Path::of).toList();

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    /** Why the desktop app cannot open on this machine, or null when it can try. */
    public static @Nullable String cannotOpen() {
        String os = System.getProperty("os.name", "");
        Map<String, String> env = System.getenv();
        return cannotOpen(os, env, System.getProperty("glass.platform"), () -> hasGtk3(libraryDirectories(env)));
    }

    /**
     * On Linux JavaFX needs GTK 3 and an X11 or Wayland display; without either it fails with a stack trace
     * ("Unable to load glass GTK library", "Unable to open DISPLAY"). The headless Monocle platform (the tests) needs
     * neither.
     */
    static @Nullable String cannotOpen(String os, Map<String, String> env, @Nullable String glassPlatform,
            GtkProbe gtk) {
        boolean linux = os.toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        if (!gtk.found()) {
            return "the desktop app needs GTK 3 (" + GTK3 + ") and this machine has none. Install it "
                    + "(Debian and Ubuntu: apt-get install libgtk-3-0); the command line works without it: ./workbench --help";
        }
        if (!isBlank(env.get("DISPLAY")) || !isBlank(env.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return "the desktop app needs a display and this session has none (DISPLAY is not set). Open it on a desktop, "
                + "or under xvfb-run; the command line works without one: ./workbench --help";
    }

    /** Whether GTK 3 is installed: asked only on Linux, where JavaFX needs it. */
    @FunctionalInterface
    interface GtkProbe {
        boolean found();
    }

    /** LD_LIBRARY_PATH's directories, the default ones and their subdirectories (x86_64-linux-gnu and the like). */
    static List<Path> libraryDirectories(Map<String, String> env) {
        List<Path> directories = new ArrayList<>();
        String extra = env.get("LD_LIBRARY_PATH");
        if (!isBlank(extra)) {
            Stream.of(extra.split(File.pathSeparator)).filter(d -> !d.isBlank()).map(Path::of).forEach(directories::add);
        }
        for (Path root : LIBRARY_ROOTS) {
            directories.add(root);
            try (Stream<Path> children = Files.list(root)) {
                children.filter(Files::isDirectory).forEach(directories::add);
            } catch (IOException | SecurityException e) {
                // A root this machine does not have, or may not read: nothing to find there.
            }
        }
        return directories;
    }

    static boolean hasGtk3(List<Path> directories) {
        return directories.stream().anyMatch(directory -> Files.exists(directory.resolve(GTK3)));
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
