package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.app.gui.plan.chart.EmptyChart;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.plan.chart.Palette;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiRow;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.jspecify.annotations.Nullable;

/**
 * Two charts side by side: one KPI across the plans (pick it above), and cost by provider per plan, each provider
 * in its colour of every other chart. Hovering a bar shows its figure; clicking a variant's bar shows that variant's
 * placement changes, and its bars stay outlined.
 */
final class CompareCharts extends HBox {

    /** A bar's provider colour, kept on the bar so that highlighting adds to it rather than replacing it. */
    private static final String FILL = "provider-fill";

    /**
     * Height each plan needs beside its bar for its name to show (an axis hides names that would overlap), and what
     * each chart needs besides: title and value axis (the cost chart's legend stands at its side). Below that the
     * charts scroll.
     */
    private static final double PLAN_ROW = 21;
    private static final double KPI_CHART_FRAME = 80;
    private static final double COST_CHART_FRAME = 85;

    private final Consumer<String> onPlanClicked;
    private final Function<String, Color> providerColor;
    private @Nullable String selectedPlan;
    private final ComboBox<String> kpi = new ComboBox<>();
    // Horizontal bars: plan names stay readable however many variants there are.
    private final BarChart<Number, String> kpiChart = new BarChart<>(compactAxis(), new CategoryAxis());
    private final StackedBarChart<Number, String> costChart = new StackedBarChart<>(compactAxis(), new CategoryAxis());
    private Comparison comparison;

    CompareCharts(Consumer<String> onPlanClicked, Function<String, Color> providerColor) {
        this.onPlanClicked = onPlanClicked;
        this.providerColor = providerColor;
        setSpacing(8);
        setStyle("-fx-padding: 6;");
        kpi.setId("chart-kpi");
        kpi.valueProperty().addListener((obs, old, now) -> drawKpi());
        kpiChart.setId("kpi-chart");
        kpiChart.getStyleClass().add("value-across");
        costChart.getStyleClass().add("value-across");
        kpiChart.setLegendVisible(false);
        kpiChart.setAnimated(false);
        costChart.setId("cost-by-provider-chart");
        costChart.setTitle("Cost by provider ($)");
        costChart.setAnimated(false);
        // Beside the bars, not under them: under them its two rows took the room of two plans' names.
        costChart.setLegendSide(Side.RIGHT);
        EmptyChart kpis = new EmptyChart(kpiChart, "Compare the variants: the chosen KPI of each plan shows here.");
        EmptyChart costs = new EmptyChart(costChart, "Compare the variants: each plan's cost by provider shows here.");
        kpi.disableProperty().bind(Bindings.isEmpty(kpi.getItems()));
        HBox.setHgrow(kpis, Priority.ALWAYS);
        HBox.setHgrow(costs, Priority.ALWAYS);
        getChildren().setAll(kpis, costs);
    }

    /**
     * The choice of the KPI chart's figure, for the bar above both charts: under it, above the chart, it took the
     * room of two variants' names (7 plans at 1440 × 900 showed 5 names).
     */
    Node kpiChoice() {
        HBox choice = new HBox(6, new Label("KPI"), kpi);
        choice.setAlignment(Pos.CENTER_LEFT);
        return choice;
    }

    void show(Comparison shown) {
        this.comparison = shown;
        String keep = kpi.getValue();
        List<String> names = shown.kpis().stream().map(r -> r.group() + ": " + r.kpi()).toList();
        kpi.getItems().setAll(names);
        kpi.setValue(keep != null && names.contains(keep) ? keep : names.get(0));
        double rows = PLAN_ROW * shown.columns().size();
        kpiChart.setMinHeight(KPI_CHART_FRAME + rows);
        costChart.setMinHeight(COST_CHART_FRAME + rows);
        drawKpi();
        drawCost();
    }

    /** Another file was opened: the old comparison's bars go. */
    void clear() {
        comparison = null;
        kpi.getItems().clear();
        kpiChart.getData().clear();
        kpiChart.setTitle(null);
        costChart.getData().clear();
        kpiChart.setMinHeight(Region.USE_COMPUTED_SIZE);
        costChart.setMinHeight(Region.USE_COMPUTED_SIZE);
    }

    private void drawKpi() {
        if (comparison == null || kpi.getValue() == null) {
            return;
        }
        KpiRow row = comparison.kpis().stream().filter(r -> (r.group() + ": " + r.kpi()).equals(kpi.getValue()))
                .findFirst().orElse(null);
        if (row == null) {
            return;
        }
        kpiChart.setTitle(row.kpi() + " (" + row.unit() + ")");
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<ComparedPlan> columns = comparison.columns();
        for (int i = 0; i < columns.size(); i++) {
            series.getData().add(new XYChart.Data<>(row.values().get(i), columns.get(i).name()));
        }
        kpiChart.getData().setAll(List.of(series));
        for (int i = 0; i < columns.size(); i++) {
            ComparedPlan plan = columns.get(i);
            String text = plan.name() + ": " + KpiTable.text(row, i)
                    + (row.bestColumn() != null && row.bestColumn() == i ? " (best)" : "");
            interact(series.getData().get(i).getNode(), text, plan);
        }
        highlight();
    }

    private void drawCost() {
        costChart.getData().clear();
        TreeSet<String> providers = new TreeSet<>();
        comparison.columns().forEach(c -> providers.addAll(c.plan().kpis().costByProvider().keySet()));
        for (String provider : providers) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(provider);
            for (ComparedPlan c : comparison.columns()) {
                series.getData().add(new XYChart.Data<>(c.plan().kpis().costByProvider().getOrDefault(provider, 0.0), c.name()));
            }
            costChart.getData().add(series);
            String fill = "-fx-bar-fill: " + Palette.css(providerColor.apply(provider)) + ";";
            for (int i = 0; i < comparison.columns().size(); i++) {
                ComparedPlan c = comparison.columns().get(i);
                double usd = c.plan().kpis().costByProvider().getOrDefault(provider, 0.0);
                Node bar = series.getData().get(i).getNode();
                interact(bar, String.format(Locale.US, "%s, %s: %s", c.name(), provider, Figures.usd(usd)), c);
                if (bar != null) {
                    bar.getProperties().put(FILL, fill);
                }
            }
        }
        // The legend's swatches are laid out with the chart: coloured once they exist.
        javafx.application.Platform.runLater(this::colourLegend);
        highlight();
    }

    private void colourLegend() {
        for (Node item : costChart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label label && label.getGraphic() != null) {
                label.getGraphic().setStyle("-fx-background-color: " + Palette.css(providerColor.apply(label.getText()))
                        + ";");
            }
        }
    }

    /** The variant whose changes are listed: its bars outlined in both charts. Null for all. */
    void select(@Nullable String planId) {
        selectedPlan = planId;
        highlight();
    }

    private void highlight() {
        for (XYChart<Number, String> chart : List.of(kpiChart, costChart)) {
            for (XYChart.Series<Number, String> series : chart.getData()) {
                for (XYChart.Data<Number, String> d : series.getData()) {
                    Node bar = d.getNode();
                    if (bar == null) {
                        continue;
                    }
                    boolean chosen = selectedPlan != null && ("bar-" + selectedPlan).equals(bar.getId());
                    Object fill = bar.getProperties().getOrDefault(FILL, "");
                    bar.setStyle(fill + "-fx-cursor: hand;" + (chosen
                            ? "-fx-border-color: -color-fg-default; -fx-border-width: 2;" : ""));
                }
            }
        }
    }


    private static NumberAxis compactAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return Figures.compact(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        return axis;
    }

    private void interact(Node bar, String text, ComparedPlan plan) {
        if (bar == null) {
            return;
        }
        Tooltip.install(bar, new Tooltip(text));
        bar.setOnMouseClicked(e -> onPlanClicked.accept(plan.isBase() ? null : plan.id()));
        bar.setStyle("-fx-cursor: hand;");
        bar.setId("bar-" + plan.id());
    }
}
