package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.gui.plan.chart.SelectableBars;
import com.capacityworkbench.model.portfolio.Histogram;
import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.SweepResult;
import java.util.function.Consumer;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.jspecify.annotations.Nullable;

/**
 * How many futures fall in each range of a figure, with P10, P50 and P90 in the title. Hovering a bar shows its
 * range and count; clicking it lists those futures.
 */
final class HistogramChart extends BarChart<String, Number> {

    /** Bars: the shape of the spread, readable at a glance. */
    static final int BINS = 12;

    private final Consumer<FutureFilter> onPick;

    HistogramChart(Consumer<FutureFilter> onPick) {
        super(new CategoryAxis(), new NumberAxis());
        this.onPick = onPick;
        setId("portfolio-histogram");
        setAnimated(false);
        setLegendVisible(false);
        setBarGap(0);
        setCategoryGap(2);
        getYAxis().setLabel("Futures");
        ((NumberAxis) getYAxis()).setMinorTickVisible(false);
    }

    void show(@Nullable SweepResult sweep, Figure figure) {
        getData().clear();
        setTitle(null);
        if (sweep == null || sweep.samples().isEmpty()) {
            return;
        }
        KpiSpread spread = sweep.spread(figure.value());
        setTitle("P10 " + figure.format(spread.p10()) + " · P50 " + figure.format(spread.p50()) + " · P90 "
                + figure.format(spread.p90()));
        getXAxis().setLabel(figure.axisLabel() + ", from");
        Histogram histogram = sweep.histogram(figure.value(), BINS);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Futures");
        for (Histogram.Bin bin : histogram.bins()) {
            series.getData().add(new XYChart.Data<>(figure.format(bin.from()), bin.count()));
        }
        getData().add(series);
        for (int b = 0; b < histogram.bins().size(); b++) {
            int index = b;
            Histogram.Bin bin = histogram.bins().get(b);
            String range = figure.toString().toLowerCase(java.util.Locale.ROOT) + " " + figure.format(bin.from())
                    + " – " + figure.format(bin.to());
            SelectableBars.decorate(series.getData().get(b), range + ": " + bin.count()
                    + (bin.count() == 1 ? " future" : " futures") + "\nClick: list them", "bin" + b, () -> {
                        SelectableBars.select(this, "bin" + index);
                        onPick.accept(new FutureFilter(range,
                                s -> histogram.inBin(index, figure.value().applyAsDouble(s))));
                    });
        }
    }

    void clearSelection() {
        SelectableBars.select(this, null);
    }
}
