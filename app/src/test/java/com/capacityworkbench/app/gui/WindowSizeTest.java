package com.capacityworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens at 1440 × 900 where that fits, and never larger than the screen's usable area. */
class WindowSizeTest {

    @Test
    void aLargeScreenGetsTheFullWindow() {
        assertThat(WindowSize.fitting(new Rectangle2D(0, 0, 1920, 1040))).isEqualTo(new Dimension2D(1440, 900));
    }

    @Test
    void aLaptopScreenGetsAWindowThatFitsOnIt() {
        // 1366 × 768 less a 40-pixel task bar.
        assertThat(WindowSize.fitting(new Rectangle2D(0, 0, 1366, 728))).isEqualTo(new Dimension2D(1366, 728));
        assertThat(WindowSize.fitting(new Rectangle2D(0, 0, 1024, 700))).isEqualTo(new Dimension2D(1024, 700));
    }
}
