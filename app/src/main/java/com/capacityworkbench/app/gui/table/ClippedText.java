package com.capacityworkbench.app.gui.table;

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
        String full = cell.getText();
        Tooltip current = cell.getTooltip();
        if (isClipped(cell)) {
            if (current == null || !full.equals(current.getText())) {
                Tooltip tip = new Tooltip(full);
                tip.getProperties().put(OWN, true);
                cell.setTooltip(tip);
            }
        } else if (current != null && current.getProperties().containsKey(OWN)) {
            cell.setTooltip(null);
        }
    }

    /** The labeled's text is shown cut short ("multimodal-pretrai…"): what it draws is not all of its text. */
    public static boolean isClipped(Labeled labeled) {
        String full = labeled.getText();
        return full != null && !full.isEmpty() && labeled.lookup(".text") instanceof Text shown
                && !full.equals(shown.getText());
    }
}
