package com.capacityworkbench.app.gui.solve;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The solve panel: Solve and Stop, time limit, elapsed, best score, moves per second and a small cost chart. */
public final class SolvingView extends HBox {

    public SolvingView(SolvingViewModel viewModel) {
        getStyleClass().add("solve-panel");
        setAlignment(Pos.CENTER_LEFT);
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
        Label state = figure(viewModel.stateProperty().get());
        state.setId("solve-state");
        state.textProperty().bind(viewModel.stateProperty());
        Label elapsed = figure("");
        elapsed.textProperty().bind(viewModel.elapsedProperty());
        Label score = figure("");
        score.setId("solve-score");
        score.textProperty().bind(viewModel.bestScoreProperty());
        score.setMaxWidth(360);
        Label moves = figure("");
        moves.textProperty().bind(viewModel.movesPerSecondProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(solve, stop, new Label("limit (s)"), limit, state, elapsed, moves, score, spacer, chart(viewModel));
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
        viewModel.costOverTime().addListener((ListChangeListener<SolvingViewModel.CostPoint>) c -> {
            series.getData().setAll(viewModel.costOverTime().stream()
                    .map(p -> new XYChart.Data<Number, Number>(p.seconds(), p.costUsd())).toList());
            if (!viewModel.costOverTime().isEmpty()) {
                SolvingViewModel.CostPoint last = viewModel.costOverTime().getLast();
                tip.setText("Best plan cost over time: now " + Figures.usd(last.costUsd()) + " at "
                        + String.format(java.util.Locale.ROOT, "%.1f s", last.seconds()) + "\nscore " + last.score());
            }
        });
        return chart;
    }
}
