package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.scenario.Period;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/** The selected purchase's use per period of its term: the share of its bought accelerators the plan keeps busy. */
final class PurchaseUseChart extends BarChart<String, Number> {

    PurchaseUseChart() {
        super(new CategoryAxis(), new NumberAxis(0, 100, 25));
        setId("purchases-use");
        setAnimated(false);
        setLegendVisible(false);
        getXAxis().setLabel("Period");
        getYAxis().setLabel("In use (%)");
    }

    void show(@Nullable PurchaseRow row) {
        getData().clear();
        if (row == null || row.usedShare().isEmpty()) {
            setTitle(row == null ? "Select a purchase to see its use" : row.purchase() + ": pools of the step, "
                    + "see the Plan screen");
            return;
        }
        setTitle(row.purchase() + ": share of its " + Figures.integer(row.accelerators()) + " accelerators in use");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Map.Entry<Period, Double> use : row.usedShare().entrySet()) {
            series.getData().add(new XYChart.Data<>(use.getKey().toString(), 100 * use.getValue()));
        }
        getData().add(series);
        for (XYChart.Data<String, Number> bar : series.getData()) {
            Tooltip tip = new Tooltip(bar.getXValue() + ": " + Figures.pct(bar.getYValue().doubleValue()) + " in use");
            tip.setShowDelay(Duration.millis(80));
            Tooltip.install(bar.getNode(), tip);
        }
    }
}
