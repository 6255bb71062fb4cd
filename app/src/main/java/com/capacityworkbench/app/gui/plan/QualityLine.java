package com.capacityworkbench.app.gui.plan;

import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.quality.LevelGrid;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Under the KPIs: how good the plan is in one line, and on demand each level with its value, status and when it
 * last improved. Hidden for a plan without a quality (one still being solved, or not solved here).
 */
final class QualityLine extends VBox {

    QualityLine(PlanViewModel viewModel) {
        setId("plan-quality");
        getStyleClass().add("quality-line");
        FontIcon icon = new FontIcon(Material2AL.ASSESSMENT);
        Label name = new Label("Plan quality");
        name.getStyleClass().add("quality-name");
        Label summary = new Label();
        summary.setId("plan-quality-summary");
        summary.getStyleClass().add("quality-summary");
        summary.textProperty().bind(viewModel.qualitySummaryProperty());
        // A long line shrinks to an ellipsis, never its name or the button beside it; hovering reads all of it.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(summary.textProperty());
        summary.setTooltip(whole);
        name.setMinWidth(Region.USE_PREF_SIZE);
        FontIcon more = new FontIcon(Material2AL.EXPAND_MORE);
        ToggleButton details = new ToggleButton("Each level", more);
        details.setContentDisplay(ContentDisplay.RIGHT);
        details.selectedProperty().addListener((obs, was, open) ->
                more.setIconCode(open ? Material2AL.EXPAND_LESS : Material2AL.EXPAND_MORE));
        details.setId("plan-quality-details");
        details.getStyleClass().addAll("flat", "small");
        details.setTooltip(new Tooltip("Show or hide each level of the score: value, status, when it last improved"));
        details.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, icon, name, summary, details);
        line.setAlignment(Pos.CENTER_LEFT);
        LevelGrid levels = new LevelGrid(viewModel.qualityLevels());
        levels.setId("plan-quality-levels");
        levels.visibleProperty().bind(details.selectedProperty());
        levels.managedProperty().bind(levels.visibleProperty());
        getChildren().addAll(line, levels);
        visibleProperty().bind(viewModel.qualitySummaryProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
