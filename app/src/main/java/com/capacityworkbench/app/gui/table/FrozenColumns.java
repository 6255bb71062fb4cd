package com.capacityworkbench.app.gui.table;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Callback;

/**
 * Keeps a table's first columns (the row's identity: a workload's name, a KPI's name) in place while the rest scroll
 * sideways, as a spreadsheet's frozen panes do.
 *
 * <p>One table, not a second one beside it: selection, editing, sorting and keyboard moves stay the table's own. The
 * frozen cells and headers are shifted right by exactly what the horizontal scroll bar moved the rows left, and drawn
 * above the cells sliding under them. A column the keyboard moves to that would land under the frozen ones is scrolled
 * out from under them. Frozen columns cannot be dragged elsewhere, and a column dragged in front of them is put back
 * behind them.
 */
public final class FrozenColumns {

    static final String CELL_CLASS = "frozen-cell";
    static final String HEADER_CLASS = "frozen-header";
    /** The last frozen column draws the line the others slide under. */
    static final String EDGE_CLASS = "frozen-edge";
    private static final String WRAPPED = "frozen-columns-wrapped";

    private final TableView<?> table;
    private final int count;
    private final DoubleProperty offset = new SimpleDoubleProperty();

    private FrozenColumns(TableView<?> table, int count) {
        this.table = table;
        this.count = count;
    }

    /**
     * Freezes the first {@code count} columns of {@code table}, now and whenever its columns are replaced. Set the
     * columns' cell factories before (a factory set later is not frozen).
     */
    public static void freeze(TableView<?> table, int count) {
        FrozenColumns frozen = new FrozenColumns(table, count);
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) c -> frozen.columnsChanged());
        frozen.columnsChanged();
        if (table.getSkin() != null) {
            frozen.follow();
        } else {
            table.skinProperty().addListener((obs, old, now) -> {
                if (now != null && old == null) {
                    frozen.follow();
                }
            });
        }
        table.getFocusModel().focusedCellProperty().addListener((obs, old, now) -> Platform.runLater(() -> frozen.uncover(now)));
    }

    private List<? extends TableColumn<?, ?>> frozen() {
        return table.getColumns().subList(0, Math.min(count, table.getColumns().size()));
    }

    private void columnsChanged() {
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        for (int i = 0; i < Math.min(count, columns.size()); i++) {
            if (!Boolean.TRUE.equals(columns.get(i).getProperties().get(WRAPPED))) {
                // A dragged column that landed in front: not one of ours. Put it back behind the frozen ones.
                boolean foreign = columns.stream().skip(i + 1).anyMatch(c -> Boolean.TRUE.equals(c.getProperties().get(WRAPPED)));
                if (foreign) {
                    Platform.runLater(this::restoreOrder);
                    return;
                }
                wrap(columns.get(i));
            }
        }
        if (table.getSkin() != null) {
            // The new columns' headers are built in the next layout pass.
            Platform.runLater(this::shiftHeaders);
        }
    }

    private void restoreOrder() {
        List<TableColumn<?, ?>> ordered = new java.util.ArrayList<>(table.getColumns());
        List<TableColumn<?, ?>> ours = ordered.stream().filter(c -> Boolean.TRUE.equals(c.getProperties().get(WRAPPED))).toList();
        ordered.removeAll(ours);
        ordered.addAll(0, ours);
        setColumns(table, ordered);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setColumns(TableView table, List<TableColumn<?, ?>> columns) {
        table.getColumns().setAll(columns);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void wrap(TableColumn column) {
        column.getProperties().put(WRAPPED, true);
        column.setReorderable(false);
        Callback<TableColumn, TableCell> cells = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell cell = cells.call((TableColumn) c);
            cell.translateXProperty().bind(offset);
            cell.setViewOrder(-1);
            cell.getStyleClass().add(CELL_CLASS);
            if (table.getColumns().indexOf(column) == count - 1) {
                cell.getStyleClass().add(EDGE_CLASS);
            }
            return cell;
        });
    }

    private void follow() {
        if (!(table.queryAccessibleAttribute(AccessibleAttribute.HORIZONTAL_SCROLLBAR) instanceof ScrollBar bar)) {
            return;
        }
        Runnable update = () -> {
            offset.set(bar.isVisible() ? bar.getValue() : 0);
            shiftHeaders();
        };
        bar.valueProperty().addListener((obs, old, now) -> update.run());
        bar.visibleProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }

    /** The frozen columns' headers move with their cells; headers are rebuilt when the columns change. */
    private void shiftHeaders() {
        List<? extends TableColumn<?, ?>> frozen = frozen();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && frozen.contains(header.getTableColumn())) {
                header.setTranslateX(offset.get());
                header.setViewOrder(-1);
                if (!header.getStyleClass().contains(HEADER_CLASS)) {
                    header.getStyleClass().add(HEADER_CLASS);
                }
            }
        }
    }

    /** A focused cell the table scrolled to but left under the frozen columns: scroll it just right of them. */
    private void uncover(TablePosition<?, ?> focused) {
        if (focused == null || focused.getTableColumn() == null || frozen().contains(focused.getTableColumn())
                || !(table.queryAccessibleAttribute(AccessibleAttribute.HORIZONTAL_SCROLLBAR) instanceof ScrollBar bar)
                || !bar.isVisible()) {
            return;
        }
        double frozenWidth = frozen().stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getWidth).sum();
        double x = 0;
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            if (column == focused.getTableColumn()) {
                break;
            }
            x += column.getWidth();
        }
        if (x - bar.getValue() < frozenWidth) {
            bar.setValue(Math.max(bar.getMin(), x - frozenWidth));
        }
    }
}
