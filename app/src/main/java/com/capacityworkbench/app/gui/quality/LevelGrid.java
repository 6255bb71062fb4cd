package com.capacityworkbench.app.gui.quality;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * A compact table of a plan's levels, one line each: name, value, status, when it last improved. It follows a
 * view-model's list of rows and computes nothing.
 */
public final class LevelGrid extends GridPane {

    private static final PseudoClass PROVEN = PseudoClass.getPseudoClass("proven");
    private static final String[] COLUMN_STYLES = {"level-name", "level-value", "level-status", "level-improvement"};

    public LevelGrid(ObservableList<LevelRow> rows) {
        getStyleClass().add("level-grid");
        rows.addListener((ListChangeListener<LevelRow>) change -> show(rows));
        show(rows);
    }

    private void show(ObservableList<LevelRow> rows) {
        getChildren().clear();
        for (int r = 0; r < rows.size(); r++) {
            LevelRow row = rows.get(r);
            String[] cells = {row.level(), row.value(), row.status(), row.improvement()};
            for (int c = 0; c < cells.length; c++) {
                Label label = new Label(cells[c]);
                label.getStyleClass().add(COLUMN_STYLES[c]);
                label.pseudoClassStateChanged(PROVEN, row.proven());
                add(label, c, r);
            }
        }
    }
}
