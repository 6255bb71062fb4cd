package com.capacityworkbench.app.gui.plan.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A chart drawn on a canvas that fills its pane: subclasses draw and say what lies under the mouse;
 * this class shows the hover tooltip with the numbers, runs the click action and follows the theme's
 * text and grid colours (read from CSS through two hidden labels).
 */
public abstract class CanvasChart extends Pane {

    /** What is under the mouse: the tooltip text and what a click does (null: nothing). */
    public record Hit(String tooltip, @Nullable Runnable onClick) {
    }

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final Label fgProbe = probe("chart-fg-probe");
    private final Label mutedProbe = probe("chart-muted-probe");
    private final Label bgProbe = probe("chart-bg-probe");
    private @Nullable Hit shown;

    protected CanvasChart() {
        getStyleClass().add("chart-view");
        getChildren().addAll(fgProbe, mutedProbe, bgProbe, canvas);
        tooltip.setShowDelay(Duration.millis(80));
        tooltip.setHideDelay(Duration.ZERO);
        widthProperty().addListener((obs, o, n) -> redraw());
        heightProperty().addListener((obs, o, n) -> redraw());
        // A theme change restyles the probes one after the other: each redraws, so the last drawing has all three
        // (a redraw on the first alone left the map's legend band in the old theme's background).
        fgProbe.textFillProperty().addListener((obs, o, n) -> redraw());
        mutedProbe.textFillProperty().addListener((obs, o, n) -> redraw());
        bgProbe.textFillProperty().addListener((obs, o, n) -> redraw());
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> hideTooltip());
        canvas.setOnMouseClicked(e -> {
            Hit hit = hitAt(e.getX(), e.getY());
            if (hit != null && hit.onClick() != null) {
                hit.onClick().run();
            }
        });
        setMinSize(200, 150);
    }

    /** The canvas's preferred height; a tall chart (many rows) scrolls inside its container. */
    protected double contentHeight(double available) {
        return available;
    }

    protected abstract void draw(GraphicsContext g, double width, double height);

    protected abstract @Nullable Hit hitAt(double x, double y);

    public final void redraw() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, contentHeight(getHeight()));
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        draw(g, w, h);
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }

    @Override
    protected double computePrefHeight(double width) {
        return contentHeight(super.computePrefHeight(width));
    }

    protected Color foreground() {
        return colorOf(fgProbe.getTextFill(), Color.BLACK);
    }

    protected Color muted() {
        return colorOf(mutedProbe.getTextFill(), Color.GRAY);
    }

    /** The theme's background, for parts drawn over others (a frozen header). */
    protected Color background() {
        return colorOf(bgProbe.getTextFill(), Color.WHITE);
    }

    /**
     * The chart scrolled inside its container: {@code top} is the first visible y on the canvas. A chart with
     * headers that should stay in view (frozen) redraws them there.
     */
    public void scrolledTo(double top) {
        // Most charts fit their pane and do not scroll.
    }

    public Canvas canvas() {
        return canvas;
    }

    private void hover(MouseEvent e) {
        Hit hit = hitAt(e.getX(), e.getY());
        canvas.setCursor(hit != null && hit.onClick() != null ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
        if (hit == null) {
            hideTooltip();
            return;
        }
        if (shown == null || !shown.tooltip().equals(hit.tooltip())) {
            tooltip.setText(hit.tooltip());
        }
        shown = hit;
        tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    private void hideTooltip() {
        shown = null;
        tooltip.hide();
    }

    private static Label probe(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setManaged(false);
        label.setVisible(false);
        return label;
    }

    private static Color colorOf(Paint paint, Color fallback) {
        return paint instanceof Color c ? c : fallback;
    }
}
