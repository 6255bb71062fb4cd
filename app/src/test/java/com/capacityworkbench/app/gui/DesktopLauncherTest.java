package com.capacityworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DesktopLauncherTest {

    @Test
    void linuxWithoutDisplayIsToldSoInsteadOfAStackTrace() {
        assertThat(DesktopLauncher.missingDisplay("Linux", Map.of(), null))
                .contains("needs a display").contains("DISPLAY is not set").contains("./workbench --help");
        assertThat(DesktopLauncher.missingDisplay("Linux", Map.of("DISPLAY", " "), null)).isNotNull();
    }

    @Test
    void aDisplayWaylandMonocleOrAnotherSystemMayTry() {
        assertThat(DesktopLauncher.missingDisplay("Linux", Map.of("DISPLAY", ":99"), null)).isNull();
        assertThat(DesktopLauncher.missingDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isNull();
        assertThat(DesktopLauncher.missingDisplay("Linux", Map.of(), "Monocle")).isNull();
        assertThat(DesktopLauncher.missingDisplay("Mac OS X", Map.of(), null)).isNull();
        assertThat(DesktopLauncher.missingDisplay("Windows 11", Map.of(), null)).isNull();
    }
}
