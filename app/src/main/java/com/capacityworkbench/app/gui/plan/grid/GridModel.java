package com.capacityworkbench.app.gui.plan.grid;

import com.capacityworkbench.model.scenario.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rows × periods grid of ratios, ready to draw: pools × periods coloured by utilization, or
 * sites × periods coloured by power used against the cap.
 *
 * @param rowKeys  what a click on the row filters to (a pool id, a site id), null for an aggregate row
 */
public record GridModel(List<String> rowLabels, List<@Nullable String> rowKeys, List<Period> periods, Cell[][] cells) {

    /**
     * @param ratio   0..1 normal, above 1 over the limit, NaN when nothing is defined (drawn empty)
     * @param label   short text drawn in the cell when it fits
     * @param flagged committed or self-built capacity left idle, materially ({@link IdleFlag}; drawn with a marker)
     * @param capMw   the site's power cap in the period, drawn as a line at 100 %; null where there is none
     */
    public record Cell(double ratio, String label, @Nullable Double capMw, String tooltip, boolean flagged) {

        public Cell(double ratio, String label, String tooltip, boolean flagged) {
            this(ratio, label, null, tooltip, flagged);
        }
    }

    public static final GridModel EMPTY = new GridModel(List.of(), List.of(), List.of(), new Cell[0][0]);

    public int rows() {
        return rowLabels.size();
    }
}
