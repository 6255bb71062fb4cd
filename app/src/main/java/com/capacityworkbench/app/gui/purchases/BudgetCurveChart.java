package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.plan.chart.SelectableBars;
import com.capacityworkbench.app.gui.plan.chart.TickLabels;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The budget curve: demand left unplaced against what each plan commits, from buying nothing to buying freely. Each
 * point shows its figures on hover and opens its plan on click.
 */
final class BudgetCurveChart extends LineChart<Number, Number> {

    private final Consumer<BudgetPlan> onOpen;

    BudgetCurveChart(Consumer<BudgetPlan> onOpen) {
        super(new NumberAxis(), new NumberAxis());
        this.onOpen = onOpen;
        setId("purchases-curve");
        getStyleClass().add("value-across");
        setAnimated(false);
        setCreateSymbols(true);
        setLegendVisible(false);
        getXAxis().setLabel("Committed to purchases ($)");
        getYAxis().setLabel("Unplaced");
        ((NumberAxis) getXAxis()).setTickLabelFormatter(TickLabels.of(v -> v < 0 ? "" : Figures.usd(v)));
        ((NumberAxis) getYAxis()).setTickLabelFormatter(TickLabels.of(v -> v < 0 ? "" : Figures.compact(v)));
    }

    /**
     * From one tick below zero to a tick above the largest value, on round ticks: the curve's ends lie at zero (buying
     * nothing; placing everything), and a point on the plot's edge would be half hidden and hard to click.
     */
    private static void range(NumberAxis axis, double largest) {
        double raw = Math.max(largest, 1) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double unit = raw <= magnitude ? magnitude : raw <= 2 * magnitude ? 2 * magnitude
                : raw <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
        axis.setAutoRanging(false);
        axis.setTickUnit(unit);
        axis.setLowerBound(-unit);
        axis.setUpperBound(unit * (Math.floor(largest / unit) + 1));
    }

    /** @param answered the answer is in: the last point is the plan that buys freely */
    void show(List<BudgetPlan> curve, boolean answered) {
        getData().clear();
        if (curve.isEmpty()) {
            return;
        }
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName("Unplaced demand");
        curve.forEach(p -> series.getData().add(new XYChart.Data<>(p.point().committedUsd(), p.point().unplacedDemand())));
        getData().add(series);
        range((NumberAxis) getXAxis(), curve.stream().mapToDouble(p -> p.point().committedUsd()).max().orElse(0));
        range((NumberAxis) getYAxis(), curve.stream().mapToDouble(p -> p.point().unplacedDemand()).max().orElse(0));
        for (int i = 0; i < curve.size(); i++) {
            BudgetPlan point = curve.get(i);
            XYChart.Data<Number, Number> d = series.getData().get(i);
            String key = "point-" + i;
            d.getNode().setId("purchases-curve-point-" + i);
            SelectableBars.decorate(d, PurchaseReadout.point(point.point(), i == 0,
                    answered && i == curve.size() - 1), key, () -> {
                        SelectableBars.select(this, key);
                        onOpen.accept(point);
                    });
        }
    }
}
