package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.table.FittedTableView;
import com.capacityworkbench.app.gui.table.ReadOnlyColumns;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** One row per purchase of the answer: what it is, what it commits, how busy it is, what it serves and is worth. */
final class PurchasesTable extends FittedTableView<PurchaseRow> {

    /** What a purchase serves and is worth runs long: past this it clips, and shows in full on hover. */
    private static final double WIDEST_COLUMN = 420;

    PurchasesTable(ObservableList<PurchaseRow> purchases) {
        super(purchases, WIDEST_COLUMN);
        setId("purchases-bought");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("Nothing bought yet: ask what to buy."));
        getColumns().setAll(List.of(
                ReadOnlyColumns.text("Purchase", 260, PurchaseRow::purchase),
                ReadOnlyColumns.text("Provider", 90, PurchaseRow::provider),
                ReadOnlyColumns.text("Site", 130, PurchaseRow::site),
                ReadOnlyColumns.text("Accelerator", 110, PurchaseRow::accelerator),
                ReadOnlyColumns.text("Size", 80, PurchaseRow::size),
                ReadOnlyColumns.number("Accelerators", 95, r -> r.accelerators() == 0 ? Double.NaN : r.accelerators(),
                        v -> Figures.integer(v.longValue())),
                ReadOnlyColumns.text("From … to", 170, r -> r.from() + " … " + r.to()),
                ReadOnlyColumns.number("Committed ($)", 110, PurchaseRow::committedUsd, Figures::usd),
                ReadOnlyColumns.number("Busiest use", 90, r -> 100 * r.busiestUse(), Figures::pct),
                ReadOnlyColumns.text("Serves", 220, r -> r.workloads().size() + ": " + String.join(", ", r.workloads())),
                ReadOnlyColumns.text("Worth (re-solved without it)", 420,
                        r -> r.worth().map(PurchaseReadout::worth).orElse("not re-solved"))));
    }
}
