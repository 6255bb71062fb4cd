package com.capacityworkbench.app.gui.table;

import javafx.application.Platform;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.TableViewSkin;

/**
 * A table skin that sizes its columns to what they show when rows arrive, as a spreadsheet's "fit to content" does:
 * each column as wide as its header and its first {@link #MEASURED_ROWS} cells, measured by JavaFX's own fit (the one
 * a double-click on a header's divider runs, with the cells' real fonts, padding and marks), but no wider than the
 * table's widest column. A fit runs at the first layout that has rows, and again after {@link #fitAgain}
 * (another scenario or plan opened); edits and the user's own column widths are left alone in between.
 */
public final class FittingTableSkin<S> extends TableViewSkin<S> {

    /** Enough rows to see a scenario's long names; few enough that a 20,000-row table's fit measures these, not all. */
    static final int MEASURED_ROWS = 200;

    private final double widest;
    private boolean fitPending = true;

    public FittingTableSkin(TableView<S> table, double widest) {
        super(table);
        this.widest = widest;
    }

    /** Fits the columns of {@code table} again at its next layout with rows (a new scenario or plan shown). */
    public static void fitAgain(TableView<?> table) {
        if (table.getSkin() instanceof FittingTableSkin<?> skin) {
            skin.fitPending = true;
            table.requestLayout();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        if (fitPending && w > 0 && !getSkinnable().getItems().isEmpty()) {
            fitPending = false;
            // After this layout pass, not inside it: the fit lays out a measuring row of its own in this skin.
            Platform.runLater(() -> fit(getTableHeaderRow().getRootHeader()));
        }
    }

    private void fit(NestedTableColumnHeader parent) {
        for (TableColumnHeader header : parent.getColumnHeaders()) {
            if (header instanceof NestedTableColumnHeader nested) {
                fit(nested);
            } else if (header instanceof FittingHeader leaf) {
                leaf.fit(widest);
            }
        }
    }

    @Override
    protected TableHeaderRow createTableHeaderRow() {
        return new TableHeaderRow(this) {
            @Override
            protected NestedTableColumnHeader createRootHeader() {
                return new FittingNestedHeader(null);
            }
        };
    }

    /** A row of headers whose leaf headers can fit their columns. */
    private static final class FittingNestedHeader extends NestedTableColumnHeader {

        FittingNestedHeader(TableColumnBase<?, ?> column) {
            super(column);
        }

        @Override
        protected TableColumnHeader createTableColumnHeader(TableColumnBase column) {
            // As JavaFX's own: a leaf, the nested header's own column (a column with sub-columns) or none is a leaf.
            return column == null || column.getColumns().isEmpty() || column == getTableColumn()
                    ? new FittingHeader(column) : new FittingNestedHeader(column);
        }
    }

    /** One column's header, which opens JavaFX's protected fit to its table skin. */
    private static final class FittingHeader extends TableColumnHeader {

        FittingHeader(TableColumnBase<?, ?> column) {
            super(column);
        }

        void fit(double widest) {
            TableColumnBase<?, ?> column = getTableColumn();
            resizeColumnToFitContent(MEASURED_ROWS);
            double width = Math.min(column.getWidth(), widest);
            // The fit sets the column's width; its prefWidth is what the user's drags and a re-layout start from,
            // and a column takes its prefWidth only when that changes.
            if (column.getPrefWidth() == width) {
                column.setPrefWidth(width + 1);
            }
            column.setPrefWidth(width);
        }
    }
}
