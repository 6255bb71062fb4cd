package com.capacityworkbench.app.gui.plan.chart;

import javafx.scene.paint.Color;

/**
 * Text on a coloured cell: near-black or white, whichever contrasts more with the cell by WCAG's relative luminance.
 * The cell colours do not change with the theme, so neither must the text on them (dark-on-navy "100 %" was
 * unreadable in both themes when the text followed the theme or HSB brightness).
 */
public final class Contrast {

    /** Pure black: against any colour, black or white reaches at least 4.58:1 (WCAG AA); a softer dark may not. */
    public static final Color DARK = Color.BLACK;
    public static final Color LIGHT = Color.WHITE;

    private Contrast() {
    }

    public static Color textOn(Color fill) {
        double cell = luminance(fill);
        return ratio(luminance(DARK), cell) >= ratio(luminance(LIGHT), cell) ? DARK : LIGHT;
    }

    /** WCAG 2 contrast ratio of two relative luminances, 1..21. */
    public static double ratio(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** WCAG 2 relative luminance of an sRGB colour, 0 (black) .. 1 (white). */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
