package com.capacityworkbench.app.gui.plan;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A warning line over results that no longer describe the open scenario (a plan or a comparison made before an edit
 * or import); shown while {@code stale} holds, in words, so a planner never reads old numbers as current.
 */
public final class StaleBanner extends Label {

    public StaleBanner(String id, String text, ObservableBooleanValue stale) {
        super(text, new FontIcon(Material2MZ.WARNING));
        setId(id);
        getStyleClass().add("stale-banner");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        visibleProperty().bind(stale);
        managedProperty().bind(visibleProperty());
    }
}
