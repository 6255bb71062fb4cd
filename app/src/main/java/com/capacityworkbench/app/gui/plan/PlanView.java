package com.capacityworkbench.app.gui.plan;

import com.capacityworkbench.app.gui.plan.assignments.AssignmentTable;
import com.capacityworkbench.app.gui.plan.assignments.PinBar;
import com.capacityworkbench.app.gui.plan.explain.ExplanationView;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.service.DialogService;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Plan screen: KPIs and the plan's quality, the charts, the filterable assignment table and the explanation panel. */
public final class PlanView extends BorderPane {

    private final PlanCharts charts;
    private final AssignmentTable table;

    /** @param actions the scenario edits the screen asks for (exclude a pool, try what is missing as a variant) */
    public PlanView(PlanViewModel viewModel, DialogService dialogs, PlanActions actions) {
        setId("plan-view");
        KpiStrip kpis = new KpiStrip();
        viewModel.planProperty().addListener((obs, old, now) -> kpis.show(now));
        kpis.show(viewModel.plan());
        charts = new PlanCharts(viewModel, dialogs);
        table = new AssignmentTable(viewModel);
        SplitPane bottom = new SplitPane(table, new ExplanationView(viewModel, actions::tryShortfall));
        bottom.setDividerPositions(0.64);
        FilterBar filters = new FilterBar(viewModel);
        HBox.setHgrow(filters, javafx.scene.layout.Priority.ALWAYS);
        VBox tableBox = new VBox(new HBox(filters, new PinBar(viewModel, table, actions::excludePool)), bottom);
        VBox.setVgrow(bottom, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(charts, tableBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.52);
        StaleBanner stale = new StaleBanner("plan-stale", "Stale: the scenario changed after this plan was solved, so its "
                + "numbers describe the scenario as it was. Solve again (F5) to update it.", viewModel.staleProperty());
        Label origin = new Label();
        origin.setId("plan-origin");
        origin.getStyleClass().add("plan-origin");
        origin.textProperty().bind(viewModel.originProperty());
        origin.visibleProperty().bind(viewModel.originProperty().isNotEmpty());
        origin.managedProperty().bind(origin.visibleProperty());
        setTop(new VBox(stale, kpis, origin, new QualityLine(viewModel)));
        setCenter(split);
        charts.refreshSelected();
    }

    public PlanCharts charts() {
        return charts;
    }

    public AssignmentTable table() {
        return table;
    }
}
