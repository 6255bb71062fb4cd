package com.capacityworkbench.app.gui.plan;

import com.capacityworkbench.app.gui.plan.assignments.AssignmentTable;
import com.capacityworkbench.app.gui.plan.explain.ExplanationView;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.service.DialogService;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The Plan screen: KPIs and the plan's quality, the charts, the filterable assignment table and the explanation panel. */
public final class PlanView extends BorderPane {

    private final PlanCharts charts;
    private final AssignmentTable table;

    public PlanView(PlanViewModel viewModel, DialogService dialogs) {
        setId("plan-view");
        KpiStrip kpis = new KpiStrip();
        viewModel.planProperty().addListener((obs, old, now) -> kpis.show(now));
        kpis.show(viewModel.plan());
        charts = new PlanCharts(viewModel, dialogs);
        table = new AssignmentTable(viewModel);
        SplitPane bottom = new SplitPane(table, new ExplanationView(viewModel));
        bottom.setDividerPositions(0.64);
        VBox tableBox = new VBox(new FilterBar(viewModel), bottom);
        VBox.setVgrow(bottom, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(charts, tableBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.52);
        setTop(new VBox(kpis, new QualityLine(viewModel)));
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
