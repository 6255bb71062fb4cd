package com.capacityworkbench.app.gui.table;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;
import javafx.scene.control.TableView;

/** A table whose columns open as wide as what they show ({@link FittingTableSkin}), up to its widest column. */
public class FittedTableView<S> extends TableView<S> {

    private final double widest;

    public FittedTableView(ObservableList<S> items, double widest) {
        super(items);
        this.widest = widest;
    }

    public FittedTableView(double widest) {
        this(FXCollections.observableArrayList(), widest);
    }

    /** Fits the columns again at the next layout with rows: other content is shown. */
    public void fitAgain() {
        FittingTableSkin.fitAgain(this);
    }

    // Made with the table's first CSS pass, in the scene: a skin set before then left a hidden table's rows scrolled
    // down by a few when it was first shown.
    @Override
    protected Skin<?> createDefaultSkin() {
        return new FittingTableSkin<>(this, widest);
    }
}
