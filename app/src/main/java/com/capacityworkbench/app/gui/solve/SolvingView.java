package com.capacityworkbench.app.gui.solve;

import com.capacityworkbench.app.gui.quality.LevelGrid;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The solve panel. A row with Solve and Stop, the time limit, state, elapsed time and moves per second, how good the
 * best plan is in one line and a small cost chart; below it, once there is a plan, one compact line per level
 * (value, status, when it last improved).
 */
public final class SolvingView extends VBox {

    public SolvingView(SolvingViewModel viewModel) {
        getStyleClass().add("solve-panel");
        Button solve = new Button("Solve", new FontIcon(Material2MZ.PLAY_ARROW));
        solve.setId("solve-button");
        solve.getStyleClass().add("accent");
        solve.setTooltip(new Tooltip("Solve the scenario (F5)"));
        solve.setOnAction(e -> viewModel.solve());
        solve.disableProperty().bind(viewModel.runningProperty());
        Button stop = new Button("Stop", new FontIcon(Material2MZ.STOP));
        stop.setId("stop-button");
        stop.setTooltip(new Tooltip("Stop and keep the best plan so far (Shift+F5)"));
        stop.setOnAction(e -> viewModel.stop());
        stop.disableProperty().bind(viewModel.runningProperty().not());
        Spinner<Integer> limit = new Spinner<>(5, 3600, viewModel.timeLimitSecondsProperty().get(), 5);
        limit.setPrefWidth(90);
        limit.setEditable(true);
        limit.valueProperty().addListener((obs, o, n) -> viewModel.timeLimitSecondsProperty().set(n));
        limit.setTooltip(new Tooltip("Time limit in seconds"));
        Label limitName = new Label("limit (s)");
        CheckBox warm = new CheckBox("From shown plan");
        warm.setId("solve-warm-start");
        warm.setTooltip(new Tooltip("Start the solve from the plan on screen instead of from scratch "
                + "(pinned assignments stay put either way)"));
        warm.selectedProperty().bindBidirectional(viewModel.warmStartProperty());
        HBox controls = new HBox(solve, stop, limitName, limit, warm, progress(viewModel), verdict(viewModel),
                chart(viewModel));
        controls.getStyleClass().add("solve-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        // Only the verdict gives way (it wraps) when the window is narrow; buttons and figures keep their words.
        for (Node fixed : List.of(solve, stop, limitName, limit, warm)) {
            ((Region) fixed).setMinWidth(Region.USE_PREF_SIZE);
        }
        LevelGrid levels = new LevelGrid(viewModel.levels());
        levels.setId("solve-levels");
        levels.visibleProperty().bind(Bindings.isNotEmpty(viewModel.levels()));
        levels.managedProperty().bind(levels.visibleProperty());
        getChildren().addAll(controls, levels);
    }

    /** State and elapsed time, moves per second below. */
    private static VBox progress(SolvingViewModel viewModel) {
        Label state = figure(viewModel.stateProperty().get());
        state.setId("solve-state");
        state.textProperty().bind(viewModel.stateProperty());
        Label elapsed = figure("");
        elapsed.textProperty().bind(viewModel.elapsedProperty());
        Label moves = new Label();
        moves.getStyleClass().add("moves");
        moves.textProperty().bind(viewModel.movesPerSecondProperty());
        HBox stateLine = new HBox(8, state, elapsed);
        VBox progress = new VBox(2, stateLine, moves);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        return progress;
    }

    /** How good the best plan is, in one line (two when the window is narrow); empty before the first plan. */
    private static Label verdict(SolvingViewModel viewModel) {
        Label verdict = new Label();
        verdict.setId("solve-verdict");
        verdict.getStyleClass().add("verdict");
        verdict.setWrapText(true);
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.textProperty().bind(viewModel.verdictProperty());
        HBox.setHgrow(verdict, Priority.ALWAYS);
        return verdict;
    }

    private static Label figure(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("figure");
        return label;
    }

    private static LineChart<Number, Number> chart(SolvingViewModel viewModel) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        x.setTickLabelsVisible(false);
        x.setTickMarkVisible(false);
        y.setTickLabelsVisible(false);
        y.setTickMarkVisible(false);
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.getStyleClass().add("score-chart");
        chart.setId("score-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setHorizontalGridLinesVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setMinSize(220, 46);
        chart.setPrefSize(220, 46);
        chart.setMaxSize(220, 46);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Tooltip tip = new Tooltip("Best plan cost over time");
        Tooltip.install(chart, tip);
        tip.textProperty().bind(viewModel.costTipProperty());
        viewModel.costOverTime().addListener((ListChangeListener<SolvingViewModel.CostPoint>) c ->
                series.getData().setAll(viewModel.costOverTime().stream()
                        .map(p -> new XYChart.Data<Number, Number>(p.seconds(), p.costUsd())).toList()));
        return chart;
    }
}
