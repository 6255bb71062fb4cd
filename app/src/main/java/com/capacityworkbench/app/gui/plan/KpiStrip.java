package com.capacityworkbench.app.gui.plan;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.model.plan.CommittedSpend;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.Plan;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

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
        explained(tile("Total cost", Figures.usd(k.totalCostUsd())), "kpi-total-cost", CommittedSpend.TOTAL_COST);
        tile("Placed / unplaced", Figures.integer(k.placedWorkloads()) + " / " + Figures.integer(k.unplacedWorkloads()));
        explained(tile("Idle committed", Figures.usd(k.idleSunkUsd())), "kpi-idle-committed", CommittedSpend.IDLE);
        tile("First refusal kept / elsewhere", Figures.integer(k.firstRefusalHonoured()) + " / "
                + Figures.integer(k.firstRefusalElsewhere()));
        tile("Latency misses", Figures.integer(k.latencyMisses()));
        tile("Carbon", Figures.compact(k.tCo2e()) + " tCO2e");
        tile("Hard violations", Figures.integer(k.hardViolations()));
    }

    /**
     * Total cost and idle committed sit side by side and are easily added up or misread: each says, behind an info
     * mark, how committed spend relates to the total.
     */
    private static void explained(VBox tile, String id, String explanation) {
        tile.setId(id);
        Label name = (Label) tile.getChildren().get(1);
        FontIcon info = new FontIcon(Material2AL.INFO);
        info.getStyleClass().add("kpi-info");
        name.setGraphic(info);
        name.setContentDisplay(ContentDisplay.RIGHT);
        Tooltip tip = new Tooltip(explanation);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(tile, tip);
    }

    private VBox tile(String name, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("kpi-value");
        Label n = new Label(name);
        n.getStyleClass().add("kpi-name");
        VBox box = new VBox(v, n);
        box.getStyleClass().add("kpi-tile");
        getChildren().add(box);
        return box;
    }
}
