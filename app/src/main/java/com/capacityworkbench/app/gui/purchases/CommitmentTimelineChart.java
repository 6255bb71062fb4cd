package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.plan.chart.SelectableBars;
import com.capacityworkbench.app.gui.plan.chart.TickLabels;
import com.capacityworkbench.model.plan.CommitmentTimeline;
import com.capacityworkbench.model.scenario.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/**
 * The purchase timeline: what the purchases commit in each period, stacked by provider (build-out steps' capex as
 * one more). Hovering a bar shows its figure; clicking it narrows the purchase list to that provider's commitments
 * in that period.
 */
final class CommitmentTimelineChart extends StackedBarChart<String, Number> {

    private final Consumer<PurchaseFilter> onPick;

    CommitmentTimelineChart(Consumer<PurchaseFilter> onPick) {
        super(new CategoryAxis(), new NumberAxis());
        this.onPick = onPick;
        setId("purchases-timeline");
        setAnimated(false);
        getXAxis().setLabel("Period");
        getYAxis().setLabel("Committed ($)");
        ((NumberAxis) getYAxis()).setTickLabelFormatter(TickLabels.usd());
    }

    void show(CommitmentTimeline timeline) {
        getData().clear();
        if (timeline.isEmpty()) {
            return;
        }
        List<String> periods = timeline.periods().stream().map(Period::toString).toList();
        ((CategoryAxis) getXAxis()).setCategories(FXCollections.observableArrayList(periods));
        for (Map.Entry<String, List<Double>> provider : timeline.byProvider().entrySet()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(provider.getKey());
            for (int i = 0; i < periods.size(); i++) {
                series.getData().add(new XYChart.Data<>(periods.get(i), provider.getValue().get(i)));
            }
            getData().add(series);
            for (int i = 0; i < periods.size(); i++) {
                Period period = timeline.periods().get(i);
                XYChart.Data<String, Number> bar = series.getData().get(i);
                String name = provider.getKey();
                String key = name + "@" + period;
                SelectableBars.decorate(bar, name + " · " + period + ": " + Figures.usd(bar.getYValue().doubleValue())
                        + " committed\nClick: the purchases behind it", key, () -> {
                            SelectableBars.select(this, key);
                            onPick.accept(new PurchaseFilter(name + "'s commitments in " + period,
                                    row -> row.provider().equals(name) && row.covers(period)));
                        });
            }
        }
    }

    void clearSelection() {
        SelectableBars.select(this, null);
    }
}
