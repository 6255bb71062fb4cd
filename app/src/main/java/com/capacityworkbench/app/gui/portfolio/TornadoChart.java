package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.gui.plan.chart.SelectableBars;
import com.capacityworkbench.app.gui.plan.chart.TickLabels;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.TornadoBar;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.jspecify.annotations.Nullable;

/**
 * The tornado: per uncertain input (or driver), how far a figure moves from its mean over all futures when the input
 * draws its lowest and its highest fifth; the widest on top. Hovering a bar shows the figure there; clicking it lists
 * the futures of that fifth.
 */
final class TornadoChart extends BarChart<Number, String> {

    /** Bars shown: the rest move the figure least. */
    private static final int SHOWN = 10;

    private final Consumer<FutureFilter> onPick;
    private Figure figure = Figure.TOTAL_COST;

    TornadoChart(Consumer<FutureFilter> onPick) {
        super(new NumberAxis(), new CategoryAxis());
        this.onPick = onPick;
        setId("portfolio-tornado");
        getStyleClass().add("value-across");
        setAnimated(false);
        setBarGap(0);
        setCategoryGap(6);
        ((NumberAxis) getXAxis()).setTickLabelFormatter(TickLabels.of(v -> (v > 0 ? "+" : "") + figure.format(v)));
    }

    void show(@Nullable SweepResult sweep, Figure shown) {
        this.figure = shown;
        getData().clear();
        if (sweep == null || sweep.samples().size() < 2) {
            return;
        }
        double mean = sweep.samples().stream().mapToDouble(figure.value()).average().orElse(0);
        getXAxis().setLabel("Δ from the mean " + figure.withUnit(mean));
        List<TornadoBar> bars = sweep.tornado(figure.value());
        List<TornadoBar> top = bars.subList(0, Math.min(SHOWN, bars.size())).reversed();
        ((CategoryAxis) getYAxis()).setCategories(FXCollections.observableArrayList(
                top.stream().map(TornadoBar::input).toList()));
        XYChart.Series<Number, String> low = new XYChart.Series<>();
        low.setName("Lowest fifth of the input");
        XYChart.Series<Number, String> high = new XYChart.Series<>();
        high.setName("Highest fifth of the input");
        for (TornadoBar bar : top) {
            low.getData().add(new XYChart.Data<>(bar.whenLow() - mean, bar.input()));
            high.getData().add(new XYChart.Data<>(bar.whenHigh() - mean, bar.input()));
        }
        getData().add(low);
        getData().add(high);
        for (int i = 0; i < top.size(); i++) {
            TornadoBar bar = top.get(i);
            decorate(sweep, low.getData().get(i), bar, false, bar.whenLow());
            decorate(sweep, high.getData().get(i), bar, true, bar.whenHigh());
        }
    }

    private void decorate(SweepResult sweep, XYChart.Data<Number, String> d, TornadoBar bar, boolean highEnd,
            double value) {
        List<SampleResult> futures = sweep.fifth(bar.input(), highEnd);
        String fifth = highEnd ? "highest" : "lowest";
        String key = bar.input() + (highEnd ? "@high" : "@low");
        SelectableBars.decorate(d, bar.input() + " at its " + fifth + " fifth: " + figure.toString().toLowerCase(
                java.util.Locale.ROOT) + " " + figure.format(value) + " on average over " + futures.size()
                + " futures\nClick: list them", key, () -> {
                    SelectableBars.select(this, key);
                    List<Integer> indices = futures.stream().map(SampleResult::index).toList();
                    onPick.accept(new FutureFilter(bar.input() + " in its " + fifth + " fifth",
                            s -> indices.contains(s.index())));
                });
    }

    void clearSelection() {
        SelectableBars.select(this, null);
    }
}
