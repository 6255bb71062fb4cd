package com.capacityworkbench.app.gui.table;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/** A cell whose text is cut short ("gcp-us-centr…") shows all of it on hover. */
public final class ClippedText {

    private static final String OWN = "clipped-text-tooltip";

    private ClippedText() {
    }

    /**
     * Call after laying the cell out. Leaves a tooltip set for another reason (a validation message) alone.
     *
     * @param keep the cell's tooltip says something else and must stay
     */
    public static void tooltip(Labeled cell, boolean keep) {
        if (keep) {
            return;
        }
        Node shown = cell.lookup(".text");
        String full = cell.getText();
        boolean clipped = shown instanceof Text text && full != null && !full.isEmpty() && !full.equals(text.getText());
        Tooltip current = cell.getTooltip();
        if (clipped) {
            if (current == null || !full.equals(current.getText())) {
                Tooltip tip = new Tooltip(full);
                tip.getProperties().put(OWN, true);
                cell.setTooltip(tip);
            }
        } else if (current != null && current.getProperties().containsKey(OWN)) {
            cell.setTooltip(null);
        }
    }
}
