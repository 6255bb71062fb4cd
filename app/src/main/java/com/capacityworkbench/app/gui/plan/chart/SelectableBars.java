package com.capacityworkbench.app.gui.plan.chart;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Hover text and a click on one bar or point of a chart, and the outline of the one a filter came from. */
public final class SelectableBars {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private SelectableBars() {
    }

    public static void decorate(XYChart.Data<?, ?> data, String tip, String key, Runnable onClick) {
        Node node = data.getNode();
        if (node == null) {
            return;
        }
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setShowDelay(Duration.millis(80));
        Tooltip.install(node, tooltip);
        node.getProperties().put("key", key);
        node.getStyleClass().add("chart-mark");
        node.setOnMouseClicked(e -> onClick.run());
    }

    /** Outlines the marks of {@code key} (none for null) in every series of the chart. */
    public static void select(XYChart<?, ?> chart, String key) {
        for (XYChart.Series<?, ?> series : chart.getData()) {
            for (XYChart.Data<?, ?> d : series.getData()) {
                if (d.getNode() != null) {
                    d.getNode().pseudoClassStateChanged(SELECTED, key != null && key.equals(d.getNode().getProperties().get("key")));
                }
            }
        }
    }
}
