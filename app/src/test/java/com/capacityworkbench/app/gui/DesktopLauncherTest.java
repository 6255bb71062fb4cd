package com.capacityworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopLauncherTest {

    private static final DesktopLauncher.GtkProbe GTK = () -> true;
    private static final DesktopLauncher.GtkProbe NO_GTK = () -> false;

    @Test
    void linuxWithoutDisplayIsToldSoInsteadOfAStackTrace() {
        assertThat(DesktopLauncher.cannotOpen("Linux", Map.of(), null, GTK))
                .contains("needs a display").contains("DISPLAY is not set").contains("./workbench --help");
        assertThat(DesktopLauncher.cannotOpen("Linux", Map.of("DISPLAY", " "), null, GTK)).isNotNull();
    }

    @Test
    void linuxWithoutGtkIsToldWhatToInstallEvenWithADisplay() {
        // A fresh Debian machine has no GTK: JavaFX then failed with "Unable to load glass GTK library".
        assertThat(DesktopLauncher.cannotOpen("Linux", Map.of("DISPLAY", ":99"), null, NO_GTK))
                .contains("needs GTK 3").contains("libgtk-3.so.0").contains("apt-get install libgtk-3-0")
                .contains("./workbench --help");
        assertThat(DesktopLauncher.cannotOpen("Linux", Map.of(), null, NO_GTK)).contains("needs GTK 3");
    }

    @Test
    void aDisplayWaylandMonocleOrAnotherSystemMayTry() {
        assertThat(DesktopLauncher.cannotOpen("Linux", Map.of("DISPLAY", ":99"), null, GTK)).isNull();
        assertThat(DesktopLauncher.cannotOpen("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null, GTK)).isNull();
        assertThat(DesktopLauncher.cannotOpen("Linux", Map.of(), "Monocle", NO_GTK)).isNull();
        assertThat(DesktopLauncher.cannotOpen("Mac OS X", Map.of(), null, NO_GTK)).isNull();
        assertThat(DesktopLauncher.cannotOpen("Windows 11", Map.of(), null, NO_GTK)).isNull();
    }

    @Test
    void gtkIsFoundInALibraryPathDirectoryOrAMultiarchOne(@TempDir Path dir) throws IOException {
        Path extra = Files.createDirectories(dir.resolve("extra"));
        assertThat(DesktopLauncher.hasGtk3(List.of(extra))).isFalse();
        Files.createFile(extra.resolve("libgtk-3.so.0"));
        assertThat(DesktopLauncher.hasGtk3(List.of(dir, extra))).isTrue();
        assertThat(DesktopLauncher.libraryDirectories(Map.of("LD_LIBRARY_PATH", extra.toString())))
                .contains(extra, Path.of("/usr/lib"));
    }
}
