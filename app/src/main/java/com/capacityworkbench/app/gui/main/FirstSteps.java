package com.capacityworkbench.app.gui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The three steps for a newcomer, in one line under the solve panel, with a close button. */
final class FirstSteps extends HBox {

    static final String TEXT = "New here? 1. Edit: change workloads, pools and sites in the tables (or paste rows from"
            + " Excel).  2. Solve (F5): read the plan's charts and why each workload sits where it does.  3. Compare:"
            + " add what-if variants under Variants and compare them with the base.";

    FirstSteps(FirstStepsModel model) {
        super(8);
        setId("first-steps");
        getStyleClass().add("first-steps");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(TEXT, new FontIcon(Material2AL.LIGHTBULB));
        text.setId("first-steps-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.setId("first-steps-close");
        close.getStyleClass().addAll("button-icon", "flat");
        close.setTooltip(new Tooltip("Hide these steps"));
        close.setOnAction(e -> model.dismiss());
        close.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, close);
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(visibleProperty());
    }
}
