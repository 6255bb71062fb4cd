package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.table.ReadOnlyColumns;
import com.capacityworkbench.model.plan.NotBought;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** Every offer and build-out step the answer does not buy, and why. */
final class NotBoughtTable extends TableView<NotBought> {

    NotBoughtTable(ObservableList<NotBought> notBought) {
        super(notBought);
        setId("purchases-not-bought");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Every offer and step is bought, or there is no answer yet."));
        getColumns().setAll(List.of(
                ReadOnlyColumns.text("Kind", 90, NotBought::kind),
                ReadOnlyColumns.text("Offer or step", 200, NotBought::id),
                ReadOnlyColumns.text("Why not", 700, NotBought::reason)));
    }
}
