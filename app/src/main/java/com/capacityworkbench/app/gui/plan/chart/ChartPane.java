package com.capacityworkbench.app.gui.plan.chart;

import com.capacityworkbench.app.gui.service.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** A chart with its caption, its own controls and an Export PNG button. */
public final class ChartPane extends BorderPane {

    private final Node chart;

    public ChartPane(String id, String caption, Node chart, boolean scrolls, DialogService dialogs, Node... controls) {
        this.chart = chart;
        setId(id);
        Label label = new Label(caption);
        label.getStyleClass().add("chart-caption");
        label.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button("PNG", new FontIcon(Material2AL.IMAGE));
        export.setTooltip(new Tooltip("Export this chart as a PNG image"));
        export.setId(id + "-export");
        export.setOnAction(e -> export(dialogs, id));
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(label, spacer);
        bar.getChildren().addAll(List.of(controls));
        bar.getChildren().add(export);
        // The caption wraps; the controls keep their words (a long caption cut "PNG" to "P…").
        bar.getChildren().stream().skip(2).filter(Region.class::isInstance)
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        bar.setStyle("-fx-padding: 4 8 4 8;");
        setTop(bar);
        if (scrolls) {
            ScrollPane scroll = new ScrollPane(chart);
            scroll.setFitToWidth(true);
            if (chart instanceof CanvasChart canvasChart) {
                Runnable follow = () -> canvasChart.scrolledTo(Math.max(0, scroll.getVvalue()
                        * (canvasChart.getHeight() - scroll.getViewportBounds().getHeight())));
                scroll.vvalueProperty().addListener((obs, o, n) -> follow.run());
                scroll.viewportBoundsProperty().addListener((obs, o, n) -> follow.run());
                canvasChart.heightProperty().addListener((obs, o, n) -> follow.run());
            }
            setCenter(scroll);
        } else {
            setCenter(chart);
        }
    }

    public Node chart() {
        return chart;
    }

    /** While the chart has no point, this sentence stands in its place ({@link EmptyChart}). */
    public ChartPane whenEmpty(String message) {
        if (!(chart instanceof XYChart<?, ?> xy) || getCenter() != chart) {
            throw new IllegalStateException(getId() + ": only an XY chart that does not scroll says when it is empty");
        }
        setCenter(new EmptyChart(xy, message));
        return this;
    }

    /** Charts side by side, sharing the width equally however narrow the window. */
    public static HBox sideBySide(ChartPane... panes) {
        for (ChartPane pane : panes) {
            HBox.setHgrow(pane, Priority.ALWAYS);
            pane.setMinWidth(0);
            pane.setPrefWidth(400);
        }
        return new HBox(6, panes);
    }

    private void export(DialogService dialogs, String id) {
        dialogs.chooseSave("Export chart as PNG", id + ".png", List.of("png")).ifPresent(file -> write(dialogs, file));
    }

    private void write(DialogService dialogs, Path file) {
        try {
            ChartExport.png(chart, file);
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Export PNG", file + " was not written: " + e.getMessage());
        }
    }
}
