package com.capacityworkbench.app.gui.plan;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.Plan;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/** The plan's headline figures, straight from its KPIs. */
final class KpiStrip extends FlowPane {

    KpiStrip() {
        super(8, 8);
        setId("kpi-strip");
        setStyle("-fx-padding: 8 10 4 10;");
    }

    void show(@Nullable Plan plan) {
        getChildren().clear();
        if (plan == null) {
            getChildren().add(new Label("No plan yet: press Solve (F5)."));
            return;
        }
        Kpis k = plan.kpis();
        tile("Total cost", Figures.usd(k.totalCostUsd()));
        tile("Placed / unplaced", k.placedWorkloads() + " / " + k.unplacedWorkloads());
        tile("Idle committed", Figures.usd(k.idleSunkUsd()));
        tile("First refusal kept / elsewhere", k.firstRefusalHonoured() + " / " + k.firstRefusalElsewhere());
        tile("Latency misses", Integer.toString(k.latencyMisses()));
        tile("Carbon", Figures.compact(k.tCo2e()) + " tCO2e");
        tile("Hard violations", Integer.toString(k.hardViolations()));
    }

    private void tile(String name, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("kpi-value");
        Label n = new Label(name);
        n.getStyleClass().add("kpi-name");
        VBox box = new VBox(v, n);
        box.getStyleClass().add("kpi-tile");
        getChildren().add(box);
    }
}
