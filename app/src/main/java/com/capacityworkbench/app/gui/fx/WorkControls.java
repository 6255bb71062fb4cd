package com.capacityworkbench.app.gui.fx;

import javafx.beans.property.LongProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The controls of a screen's long work (a sweep of futures, the purchase question), alike on every screen: its
 * settings, a start button, Stop, the progress and what is under way, and Export. Each control gets the screen's
 * id prefix ("portfolio-run", "purchases-stop").
 */
public final class WorkControls {

    private WorkControls() {
    }

    /** The accent button that starts the work, disabled while it runs or while it cannot start. */
    public static Button start(String id, String text, Ikon icon, String tip, ObservableBooleanValue disabled,
            Runnable action) {
        Button start = button(id, text, icon, tip, action);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(disabled);
        return start;
    }

    public static Button stop(String id, String tip, ObservableBooleanValue running, Runnable action) {
        Button stop = button(id, "Stop", Material2MZ.STOP, tip, action);
        stop.disableProperty().bind(javafx.beans.binding.Bindings.not(running));
        return stop;
    }

    public static Button export(String id, String tip, ObservableBooleanValue disabled, Runnable action) {
        Button export = button(id, "Export…", Material2AL.GET_APP, tip, action);
        export.disableProperty().bind(disabled);
        return export;
    }

    /** The progress bar, shown while the work runs, and the line that says what is under way. */
    public static HBox progress(String prefix, ObservableDoubleValue progress, ObservableBooleanValue running,
            ObservableStringValue status) {
        ProgressBar bar = new ProgressBar();
        bar.setId(prefix + "-progress");
        bar.setPrefWidth(120);
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(running);
        Label line = new Label();
        line.setId(prefix + "-status");
        line.textProperty().bind(status);
        line.setMinWidth(120);
        return new HBox(8, bar, line);
    }

    /** A seed field: digits only, an empty field for 0. */
    public static TextField seed(String id, LongProperty seed, String tip) {
        TextField field = new TextField(Long.toString(seed.get()));
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0,18}") ? change : null));
        field.textProperty().addListener((obs, old, now) -> seed.set(now.isEmpty() ? 0 : Long.parseLong(now)));
        field.setTooltip(new Tooltip(tip));
        return field;
    }

    /** A setting with its label before it. */
    public static HBox labelled(String text, Node control) {
        HBox pair = new HBox(4, new Label(text), control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    /** The settings and commands in a tool bar that wraps onto a second line in a narrow window rather than hiding any. */
    public static FlowPane bar(String id, Node... controls) {
        FlowPane bar = new FlowPane(8, 6, controls);
        bar.setId(id);
        bar.getStyleClass().add("tool-bar");
        bar.setStyle("-fx-padding: 6 8 6 8;");
        return bar;
    }

    /**
     * The line that says what a click on a chart narrowed the list to, with the button that shows everything again;
     * shown only while a filter is set.
     */
    public static HBox filterBar(String prefix, Label line, String clearText, ObservableBooleanValue shown,
            Runnable clear) {
        Button all = new Button(clearText, new FontIcon(Material2AL.CLEAR));
        all.setId(prefix + "-clear-filter");
        all.setOnAction(e -> clear.run());
        line.setId(prefix + "-filter");
        HBox bar = new HBox(8, new FontIcon(Material2AL.FILTER_LIST), line, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 2 8 2 8;");
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** A result's tabs, none of which closes. */
    public static TabPane tabs(Tab... tabs) {
        TabPane pane = new TabPane(tabs);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }

    private static Button button(String id, String text, Ikon icon, String tip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
