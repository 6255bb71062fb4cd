package com.capacityworkbench.app.gui.plan.chart;

import com.capacityworkbench.app.colors.SeriesPalette;
import javafx.scene.paint.Color;

/** Stable, colour-blind-friendly colours for providers and categories: {@link SeriesPalette} as JavaFX colours. */
public final class Palette {

    public static final Color OTHER = Color.web(SeriesPalette.OTHER);

    private Palette() {
    }

    /** The colour of the i-th item of a sorted list (providers sorted by id keep their colour across plans). */
    public static Color color(int index) {
        return Color.web(SeriesPalette.hex(index));
    }

    public static String css(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    /** Utilization 0..1 (beyond 1 = over) on a sequential blue scale, red when over. */
    public static Color utilization(double ratio) {
        if (ratio > 1.0001) {
            return Color.web("#d73027");
        }
        double t = Math.max(0, Math.min(1, ratio));
        return Color.web("#eef3fb").interpolate(Color.web("#08519c"), t);
    }
}
