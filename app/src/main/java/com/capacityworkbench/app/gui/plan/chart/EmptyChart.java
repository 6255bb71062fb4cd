package com.capacityworkbench.app.gui.plan.chart;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;

/**
 * An XY chart and, while it has no point, a sentence in its place saying what fills it: empty axes from 0 to 110
 * read as a plot of nothing before a comparison, a sweep or a purchase question has run.
 */
public final class EmptyChart extends StackPane {

    private final XYChart<?, ?> chart;
    private final Label message;

    public EmptyChart(XYChart<?, ?> chart, String message) {
        this.chart = chart;
        this.message = new Label(message);
        this.message.getStyleClass().add("chart-empty");
        this.message.setWrapText(true);
        this.message.setTextAlignment(TextAlignment.CENTER);
        this.message.setAlignment(Pos.CENTER);
        if (chart.getId() != null) {
            this.message.setId(chart.getId() + "-empty");
        }
        getChildren().setAll(chart, this.message);
        watch(chart, this::update);
        update();
    }

    /** A chart fills either by new series or by points added to a series it holds: both are watched. */
    private static <X, Y> void watch(XYChart<X, Y> chart, Runnable update) {
        InvalidationListener points = o -> update.run();
        chart.getData().forEach(s -> s.getData().addListener(points));
        chart.getData().addListener((ListChangeListener<XYChart.Series<X, Y>>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(s -> s.getData().removeListener(points));
                c.getAddedSubList().forEach(s -> s.getData().addListener(points));
            }
            update.run();
        });
    }

    private void update() {
        boolean empty = chart.getData().stream().allMatch(s -> s.getData().isEmpty());
        chart.setVisible(!empty);
        message.setVisible(empty);
    }
}
