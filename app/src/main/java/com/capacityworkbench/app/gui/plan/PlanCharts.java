package com.capacityworkbench.app.gui.plan;

import com.capacityworkbench.app.gui.plan.chart.ChartPane;
import com.capacityworkbench.app.gui.plan.chart.ProviderColors;
import com.capacityworkbench.app.gui.plan.cost.CostChart;
import com.capacityworkbench.app.gui.plan.flow.FlowChart;
import com.capacityworkbench.app.gui.plan.flow.FlowModel;
import com.capacityworkbench.app.gui.plan.grid.CapacityGrid;
import com.capacityworkbench.app.gui.plan.grid.GridChart;
import com.capacityworkbench.app.gui.plan.grid.GridModel;
import com.capacityworkbench.app.gui.plan.grid.IdleFlag;
import com.capacityworkbench.app.gui.plan.grid.PowerGrid;
import com.capacityworkbench.app.gui.plan.map.MapModel;
import com.capacityworkbench.app.gui.plan.map.WorldMap;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanFilter;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Period;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The plan's charts as tabs: flow, capacity heatmap, power, cost and map. Only the visible chart is
 * rebuilt when a new plan arrives; the others catch up when their tab is selected.
 */
public final class PlanCharts extends TabPane {

    private static final List<String> TOP_CHOICES = List.of("top 30", "top 100", "all");

    private final PlanViewModel viewModel;
    private final FlowChart flow;
    private final GridChart capacity;
    private final GridChart power;
    private final CostChart cost;
    private final WorldMap map;
    private final ComboBox<String> capacityRows = topBox("capacity-rows");
    private final ComboBox<String> powerRows = topBox("power-rows");
    private final ComboBox<CostChart.Stack> costStack = new ComboBox<>();
    private final javafx.scene.layout.HBox mapControls = new javafx.scene.layout.HBox();

    PlanCharts(PlanViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        ProviderColors colors = new ProviderColors(viewModel::scenario);
        flow = new FlowChart(node -> viewModel.filterBy(node.level() == FlowModel.Level.PROVIDER
                ? viewModel.filter().withProvider(node.key()) : viewModel.filter().withSite(node.key())), colors);
        capacity = new GridChart((pool, period) -> pick(pool == null ? viewModel.filter() : viewModel.filter().withPool(pool), period));
        power = new GridChart((site, period) -> pick(site == null ? viewModel.filter() : viewModel.filter().withSite(site), period));
        cost = new CostChart((provider, period) -> pick(provider == null ? viewModel.filter()
                : viewModel.filter().withProvider(provider), period), colors);
        map = new WorldMap(site -> viewModel.filterBy(viewModel.filter().withSite(site)), colors);
        costStack.getItems().setAll(CostChart.Stack.values());
        costStack.setValue(CostChart.Stack.PROVIDER);
        costStack.setId("cost-stack");
        setId("plan-charts");
        getTabs().addAll(
                tab("Flow", new ChartPane("flow-chart", "Accelerator-hours from workload kinds to providers to sites. Click a provider or site to filter.", flow, false, dialogs)),
                tab("Capacity", new ChartPane("capacity-chart", "Utilization per pool and period; orange corner = committed or self-built capacity left idle, "
                        + IdleFlag.rule() + ".", capacity, true, dialogs, capacityRows)),
                tab("Power", new ChartPane("power-chart", "Facility power used / cap per site and period; the strip under each capped cell is the cap, filled "
                        + "as far as the power used (hover for headroom).", power, true, dialogs, powerRows)),
                tab("Cost", new ChartPane("cost-chart", "Plan cost per period. Click a bar to filter by period and provider.", cost, false, dialogs, costStack)),
                tab("Map", new ChartPane("map-chart", "Sites and moved datasets.", map, false, dialogs, mapControls)));
        getTabs().forEach(t -> t.setClosable(false));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> refreshSelected());
        capacityRows.setOnAction(e -> refreshSelected());
        powerRows.setOnAction(e -> refreshSelected());
        costStack.setOnAction(e -> refreshSelected());
        viewModel.planProperty().addListener((obs, old, now) -> refreshSelected());
        viewModel.filterProperty().addListener((obs, old, now) -> showSelection(now));
        Button reset = new Button("Reset view");
        reset.setId("map-reset");
        reset.setTooltip(new Tooltip("Show the whole world again (or double-click the map)"));
        reset.setOnAction(e -> map.resetView());
        mapControls.getChildren().setAll(reset);
        showSelection(viewModel.filter());
    }

    /** What the chart filter selected, highlighted in every chart (each shows what it has of it). */
    private void showSelection(PlanFilter f) {
        flow.select(f.provider() != null ? f.provider() : f.site());
        capacity.select(f.pool(), f.period());
        power.select(f.site(), f.period());
        cost.select(f.provider(), f.period());
        map.select(f.site());
    }

    /** Rebuilds the chart on the selected tab from the current plan. */
    public void refreshSelected() {
        Plan plan = viewModel.plan();
        int index = getSelectionModel().getSelectedIndex();
        List<Period> periods = viewModel.scenario().horizon().periods();
        switch (index) {
            case 0 -> flow.setModel(plan == null ? FlowModel.EMPTY : FlowModel.of(plan, viewModel.scenario(), 14));
            case 1 -> capacity.setModel(plan == null ? GridModel.EMPTY : CapacityGrid.of(plan, periods, top(capacityRows)));
            case 2 -> power.setModel(plan == null ? GridModel.EMPTY : PowerGrid.of(plan, periods, top(powerRows)));
            case 3 -> cost.show(plan, periods, costStack.getValue());
            case 4 -> map.setModel(plan == null ? MapModel.EMPTY : MapModel.of(viewModel.scenario(), plan, 150));
            default -> { }
        }
    }

    private void pick(PlanFilter base, Period period) {
        viewModel.filterBy(period == null ? base : base.withPeriod(period));
    }

    private static Tab tab(String title, ChartPane pane) {
        Tab tab = new Tab(title, pane);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }

    private static ComboBox<String> topBox(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(TOP_CHOICES);
        box.setValue(TOP_CHOICES.getFirst());
        box.setId(id);
        return box;
    }

    private static int top(ComboBox<String> box) {
        return switch (box.getValue()) {
            case "top 100" -> 100;
            case "all" -> Integer.MAX_VALUE;
            default -> 30;
        };
    }
}
