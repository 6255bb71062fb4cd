package com.capacityworkbench.app.gui.plan.assignments;

import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.table.ClippedText;
import com.capacityworkbench.app.gui.table.FittedTableView;
import com.capacityworkbench.app.gui.table.FrozenColumns;
import com.capacityworkbench.model.plan.Assignment;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The plan's assignments: workload, shard, pinned or not, pool, site, provider, accelerators, window, cost, status,
 * reason. A row's context menu pins it to its pool or frees it.
 */
public final class AssignmentTable extends FittedTableView<Assignment> {

    /** The reason of a placement can run to a paragraph: past this it clips, and shows in full on hover. */
    private static final double WIDEST_COLUMN = 480;

    public AssignmentTable(PlanViewModel viewModel) {
        super(WIDEST_COLUMN);
        setId("assignment-table");
        SortedList<Assignment> sorted = new SortedList<>(viewModel.visibleAssignments());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label("No assignments: solve the scenario, or clear the filter."));
        getColumns().add(column("Workload", 190, Assignment::workload));
        getColumns().add(column("Shard", 70, Assignment::shard));
        TableColumn<Assignment, Object> pin = column("Pinned", 76, a -> a.pinned() ? "pinned" : "");
        pin.setId("pinned");
        getColumns().add(pin);
        getColumns().add(column("Pool", 190, Assignment::pool));
        getColumns().add(column("Site", 150, Assignment::site));
        getColumns().add(column("Provider", 110, Assignment::provider));
        getColumns().add(column("Accelerators", 100, Assignment::accelerators));
        getColumns().add(column("From", 80, Assignment::from));
        getColumns().add(column("To", 80, Assignment::to));
        TableColumn<Assignment, Object> cost = column("Cost ($)", 100, Assignment::costUsd);
        cost.setCellFactory(c -> new TextCell(item -> Figures.usd((Double) item)));
        getColumns().add(cost);
        getColumns().add(column("Status", 90, a -> a.status().label()));
        getColumns().add(column("Reason", 420, Assignment::reason));
        // Workload and shard say which row this is: they stay put when the rest scrolls sideways.
        FrozenColumns.freeze(this, 2);
        viewModel.planProperty().addListener((obs, old, now) -> fitAgain());
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedWorkloadProperty().set(now == null ? null : now.workload()));
        setRowFactory(t -> new PinnableRow(this, viewModel));
    }

    /** A cell of text; the reason of a placement is long, and clipped text shows in full on hover. */
    private static final class TextCell extends TableCell<Assignment, Object> {

        private final Function<Object, String> text;

        TextCell(Function<Object, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            ClippedText.tooltip(this, false);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TableColumn<Assignment, Object> column(String title, double width, Function<Assignment, ?> value) {
        TableColumn<Assignment, Object> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(cd -> new SimpleObjectProperty<>(value.apply(cd.getValue())));
        col.setCellFactory(c -> new TextCell(item -> item instanceof Integer i ? Figures.integer(i) : item.toString()));
        col.setComparator((a, b) -> a == null || b == null ? (a == null ? (b == null ? 0 : -1) : 1)
                : ((Comparable) a).compareTo(b));
        return col;
    }
}
