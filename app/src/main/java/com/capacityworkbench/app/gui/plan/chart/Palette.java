package com.capacityworkbench.app.gui.plan.chart;

import java.util.List;
import javafx.scene.paint.Color;

/** Stable, colour-blind-friendly colours for providers and categories (Okabe–Ito plus a few). */
public final class Palette {

    public static final Color OTHER = Color.web("#9aa0a6");

    private static final List<Color> COLORS = List.of(
            Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#CC79A7"),
            Color.web("#56B4E9"), Color.web("#D55E00"), Color.web("#F0E442"), Color.web("#7F3C8D"),
            Color.web("#11A579"), Color.web("#3969AC"), Color.web("#E73F74"), Color.web("#80BA5A"));

    private Palette() {
    }

    /** The colour of the i-th item of a sorted list (providers sorted by id keep their colour across plans). */
    public static Color color(int index) {
        return index < 0 ? OTHER : COLORS.get(index % COLORS.size());
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
