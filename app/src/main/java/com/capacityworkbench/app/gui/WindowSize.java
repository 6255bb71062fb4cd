package com.capacityworkbench.app.gui;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

/**
 * The window's first size: 1440 × 900, or the screen's usable area where that is smaller. A fixed 1440 × 900 on a
 * 1366 × 768 laptop put the title bar and the status bar off screen, with no way to reach the window's edges.
 */
public final class WindowSize {

    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    private WindowSize() {
    }

    /** @param usable the screen's visual bounds (without task bars and docks) */
    public static Dimension2D fitting(Rectangle2D usable) {
        return new Dimension2D(Math.min(WIDTH, usable.getWidth()), Math.min(HEIGHT, usable.getHeight()));
    }
}
