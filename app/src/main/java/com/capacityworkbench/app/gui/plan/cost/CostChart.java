package com.capacityworkbench.app.gui.plan.cost;

import com.capacityworkbench.app.gui.plan.chart.TickLabels;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.plan.chart.Palette;
import com.capacityworkbench.model.plan.CostLine;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Plan cost per period, stacked by provider (top few, then "other") or by category. Reads the plan's
 * cost lines. Clicking a segment filters to its period (and provider).
 */
public final class CostChart extends StackedBarChart<String, Number> {

    public enum Stack {
        PROVIDER("by provider"), CATEGORY("by category");

        private final String label;

        Stack(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final int TOP_PROVIDERS = 7;
    private static final String OTHER = "other";

    private final BiConsumer<@Nullable String, Period> onPick;
    private final Function<String, Color> providerColor;
    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");
    private @Nullable String selectedProvider;
    private @Nullable Period selectedPeriod;

    public CostChart(BiConsumer<@Nullable String, Period> onPick, Function<String, Color> providerColor) {
        super(new CategoryAxis(), new NumberAxis());
        this.onPick = onPick;
        this.providerColor = providerColor;
        setAnimated(false);
        getXAxis().setLabel("Period");
        getYAxis().setLabel("Cost ($)");
        ((NumberAxis) getYAxis()).setTickLabelFormatter(TickLabels.usd());
        setLegendVisible(true);
        setCategoryGap(12);
    }

    public void show(@Nullable Plan plan, List<Period> periods, Stack stack) {
        getData().clear();
        if (plan == null) {
            return;
        }
        ((CategoryAxis) getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(
                periods.stream().map(Period::toString).toList()));
        Function<CostLine, String> key = stack == Stack.CATEGORY ? l -> l.category().label() : CostLine::provider;
        Set<String> top = plan.kpis().costByProvider().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(TOP_PROVIDERS)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<String, Map<Period, Double>> sums = new HashMap<>();
        for (CostLine line : plan.kpis().costLines()) {
            String series = key.apply(line);
            if (stack == Stack.PROVIDER && !top.contains(series)) {
                series = OTHER;
            }
            sums.computeIfAbsent(series, k -> new HashMap<>()).merge(line.period(), line.usd(), Double::sum);
        }
        List<String> order = sums.keySet().stream()
                .sorted(Comparator.comparing((String s) -> s.equals(OTHER)).thenComparing(Comparator.naturalOrder())).toList();
        int index = 0;
        StringBuilder colours = new StringBuilder();
        for (String name : order) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(name);
            for (Period p : periods) {
                series.getData().add(new XYChart.Data<>(p.toString(), sums.get(name).getOrDefault(p, 0.0)));
            }
            getData().add(series);
            Color color = stack == Stack.PROVIDER ? (name.equals(OTHER) ? Palette.OTHER : providerColor.apply(name))
                    : Palette.color(index);
            decorate(series, name, stack == Stack.PROVIDER && !name.equals(OTHER) ? name : null);
            colours.append("-color-chart-").append(index + 1).append(": ").append(Palette.css(color)).append(";");
            index++;
        }
        setStyle(colours.toString());
    }

    private void decorate(XYChart.Series<String, Number> series, String name, @Nullable String provider) {
        for (XYChart.Data<String, Number> d : series.getData()) {
            if (d.getNode() == null) {
                continue;
            }
            Tooltip tip = new Tooltip(name + " · " + d.getXValue() + ": " + Figures.usd(d.getYValue().doubleValue()));
            tip.setShowDelay(Duration.millis(80));
            Tooltip.install(d.getNode(), tip);
            d.getNode().setOnMouseClicked(e -> onPick.accept(provider, Period.parse(d.getXValue())));
            d.getNode().getStyleClass().add("cost-bar");
            d.getNode().getProperties().put("provider", provider);
            d.getNode().getProperties().put("period", d.getXValue());
        }
        markSelected();
    }

    /** The chart filter's provider and period: their bars outlined (a period alone: its whole stack). */
    public void select(@Nullable String provider, @Nullable Period period) {
        selectedProvider = provider;
        selectedPeriod = period;
        markSelected();
    }

    private void markSelected() {
        boolean any = selectedProvider != null || selectedPeriod != null;
        for (XYChart.Series<String, Number> series : getData()) {
            for (XYChart.Data<String, Number> d : series.getData()) {
                if (d.getNode() == null) {
                    continue;
                }
                Object provider = d.getNode().getProperties().get("provider");
                boolean chosen = any && (selectedProvider == null || selectedProvider.equals(provider))
                        && (selectedPeriod == null || selectedPeriod.toString().equals(d.getXValue()));
                d.getNode().pseudoClassStateChanged(SELECTED, chosen);
            }
        }
    }
}
