package com.capacityworkbench.app.gui.plan.assignments;

import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.model.plan.Assignment;
import java.util.function.BiPredicate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Pin, Unpin and Exclude pool for the selected assignment (also in each row's context menu, which fewer planners
 * find). Excluding edits the scenario (the workload's excluded pools), so it is undoable and marks the plan stale.
 */
public final class PinBar extends HBox {

    /** @param excludePool rules the pool (second) out for the workload (first); false when nothing changed */
    public PinBar(PlanViewModel viewModel, AssignmentTable table, BiPredicate<String, String> excludePool) {
        super(6);
        setAlignment(Pos.CENTER_RIGHT);
        setStyle("-fx-padding: 4 10 4 0;");
        var selected = table.getSelectionModel().selectedItemProperty();
        Button pin = new Button("Pin", new FontIcon(Material2MZ.PUSH_PIN));
        pin.setId("assignment-pin-button");
        pin.setTooltip(new Tooltip("Keep the selected shard on its pool: every later solve leaves it there"));
        pin.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().pinned() || !selected.get().isPlaced(), selected));
        pin.setOnAction(e -> pin(viewModel, table, true));
        Button unpin = new Button("Unpin", new FontIcon(Material2AL.CLEAR));
        unpin.setId("assignment-unpin-button");
        unpin.setTooltip(new Tooltip("Let the solver move the selected shard again"));
        unpin.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().pinned(), selected));
        unpin.setOnAction(e -> pin(viewModel, table, false));
        Button exclude = new Button("Exclude pool", new FontIcon(Material2AL.BLOCK));
        exclude.setId("assignment-exclude-button");
        exclude.setTooltip(new Tooltip("Rule the selected shard's pool out for its workload: the next solve (F5) "
                + "places it elsewhere (undo with Ctrl+Z; listed in the Workloads table under Excluded pools)"));
        exclude.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().isPlaced(), selected));
        exclude.setOnAction(e -> {
            Assignment row = table.getSelectionModel().getSelectedItem();
            if (row != null && row.pool() != null) {
                excludePool.test(row.workload(), row.pool());
            }
        });
        getChildren().addAll(pin, unpin, exclude);
        // In a 1024-pixel window the filter beside gives way; these keep their words.
        getChildren().forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Pins or frees the selected row and selects it again (the rows are replaced). */
    static void pin(PlanViewModel viewModel, AssignmentTable table, boolean pinned) {
        Assignment row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        viewModel.pin(row, pinned);
        table.getItems().stream().filter(a -> a.workload().equals(row.workload()) && a.shard() == row.shard())
                .findFirst().ifPresent(a -> {
                    table.getSelectionModel().select(a);
                    table.scrollTo(a);
                });
    }
}
