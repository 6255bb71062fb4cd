package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.gui.plan.chart.SelectableBars;
import com.capacityworkbench.app.gui.plan.chart.TickLabels;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.SweepResult;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.jspecify.annotations.Nullable;

/**
 * The fan: each period's cost over the futures as P10, P50 and P90 lines (the outer two dashed). Hovering a point
 * shows its figure; clicking the P90 point of a period lists the futures that cost at least that much there (the
 * P10 point: at most; the P50 point: at least the median).
 */
final class FanChart extends LineChart<String, Number> {

    private record Line(String name, ToDoubleFunction<KpiSpread> percentile, boolean atLeast) {
    }

    private static final List<Line> LINES = List.of(new Line("P90", KpiSpread::p90, true),
            new Line("P50", KpiSpread::p50, true), new Line("P10", KpiSpread::p10, false));

    private final Consumer<FutureFilter> onPick;

    FanChart(Consumer<FutureFilter> onPick) {
        super(new CategoryAxis(), new NumberAxis());
        this.onPick = onPick;
        setId("portfolio-fan");
        // One hue: the median dark, the P10 and P90 around it lighter (and dashed, in the stylesheet).
        setStyle("-color-chart-1: #7fb2e5; -color-chart-2: #0b5cad; -color-chart-3: #7fb2e5;");
        setAnimated(false);
        setCreateSymbols(true);
        getXAxis().setLabel("Period");
        getYAxis().setLabel("Cost ($)");
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
        ((NumberAxis) getYAxis()).setTickLabelFormatter(TickLabels.usd());
    }

    void show(@Nullable SweepResult sweep) {
        getData().clear();
        if (sweep == null || sweep.samples().isEmpty()) {
            return;
        }
        Map<String, KpiSpread> fan = sweep.costByPeriod();
        ((CategoryAxis) getXAxis()).setCategories(FXCollections.observableArrayList(fan.keySet()));
        for (Line line : LINES) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            fan.forEach((period, spread) -> series.getData().add(new XYChart.Data<>(period,
                    line.percentile().applyAsDouble(spread))));
            getData().add(series);
            for (XYChart.Data<String, Number> d : series.getData()) {
                String period = d.getXValue();
                double value = d.getYValue().doubleValue();
                String which = (line.atLeast() ? "at least " : "at most ") + Figures.usd(value);
                SelectableBars.decorate(d, period + " · " + line.name() + ": " + Figures.usd(value)
                                + "\nClick: the futures costing " + which + " in " + period,
                        line.name() + "@" + period, () -> {
                            SelectableBars.select(this, line.name() + "@" + period);
                            onPick.accept(new FutureFilter("cost in " + period + " " + which, s -> {
                                double cost = s.costByPeriod().getOrDefault(period, 0.0);
                                return line.atLeast() ? cost >= value : cost <= value;
                            }));
                        });
            }
        }
    }

    void clearSelection() {
        SelectableBars.select(this, null);
    }
}
