package com.capacityworkbench.app.gui.plan.assignments;

import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.model.plan.Assignment;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;

/** An assignment row whose context menu pins the shard to its pool (the next solve keeps it there) or frees it. */
final class PinnableRow extends TableRow<Assignment> {

    private final MenuItem pin = new MenuItem("Pin to this pool");
    private final MenuItem unpin = new MenuItem("Unpin (let the solver move it)");

    PinnableRow(AssignmentTable table, PlanViewModel viewModel) {
        // The menu opens on this row, which right-clicking has selected: the same action as the Pin buttons.
        pin.setOnAction(e -> PinBar.pin(viewModel, table, true));
        unpin.setOnAction(e -> PinBar.pin(viewModel, table, false));
    }

    @Override
    protected void updateItem(Assignment item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setContextMenu(null);
            return;
        }
        // Only placed shards can be pinned: an unplaced one has no pool to stay on.
        pin.setDisable(item.pinned() || !item.isPlaced());
        unpin.setDisable(!item.pinned());
        setContextMenu(new ContextMenu(pin, unpin));
    }
}
