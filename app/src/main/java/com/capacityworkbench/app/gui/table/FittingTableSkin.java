package com.capacityworkbench.app.gui.table;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.text.Text;

/**
 * A table skin that sizes its columns to what they show when rows arrive, as a spreadsheet's "fit to content" does:
 * each column as wide as its header and the text of its first {@link #MEASURED_ROWS} cells, but no wider than the
 * table's widest column. A fit runs at the first layout that has rows, and again after {@link #fitAgain} (another
 * scenario, plan or comparison shown); edits and the user's own column widths are left alone in between.
 *
 * <p>Not JavaFX's own fit (a double-click on a header's divider): that styles a row per cell measured and took 1.6 s
 * on a 20,000-workload scenario's first 60 rows. Here one cell per column is made by the column's own factory and
 * styled once; each row's text is measured in its font, from the column's {@link #shownAs text} where it has one
 * (updating a scenario table's cell checks its validation marks and makes tooltips), else from the cell given the row.
 */
public final class FittingTableSkin<S> extends TableViewSkin<S> {

    /** Enough rows to see a scenario's long names; a 20,000-row table's fit measures these, not all. */
    static final int MEASURED_ROWS = 200;
    /** What JavaFX's own fit leaves beside a header's text for the sort arrow. */
    private static final double SORT_ARROW = 10;

    /** A new column's width in JavaFX (TableColumnBase's default prefWidth). */
    private static final double JAVAFX_DEFAULT_WIDTH = 80;

    private static final String SHOWN_AS = "fitting-table-skin-shown-as";

    private final double widest;
    private boolean fitPending = true;
    private boolean fitQueued;

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

    /** The text {@code column}'s cells show for a row, as its cells would show it: measured instead of a cell. */
    public static <S> void shownAs(TableColumn<S, ?> column, Function<S, String> text) {
        column.getProperties().put(SHOWN_AS, text);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        if (fitPending && w > 0 && !getSkinnable().getItems().isEmpty()) {
            fitPending = false;
            fitQueued = true;
            // After this layout pass, not inside it: the headers are styled by then, and the measuring row is laid
            // out in this skin.
            Platform.runLater(this::fit);
        }
    }

    /** True once {@code table}'s columns fit its rows: no fit asked for or waiting to run. */
    public static boolean isFitted(TableView<?> table) {
        return table.getSkin() instanceof FittingTableSkin<?> skin && !skin.fitQueued
                && (!skin.fitPending || table.getItems().isEmpty());
    }

    private void fit() {
        fitQueued = false;
        if (getSkinnable().getScene() == null) {
            // Taken out of the window since (another screen shown): outside a scene the measuring cell has no theme to
            // take its font from, so fit when the table is back.
            fitPending = true;
            return;
        }
        Map<TableColumnBase<?, ?>, Double> headers = headerWidths();
        for (TableColumn<S, ?> column : getSkinnable().getVisibleLeafColumns()) {
            if (column.isResizable() && column.getCellFactory() != null) {
                double width = Math.max(headers.getOrDefault(column, 0.0), contentWidth(column));
                widthTo(column, Math.ceil(Math.min(width, widest)));
            }
        }
    }

    /** Each leaf column's header text (or graphic) with the header's padding and room for the sort arrow. */
    private Map<TableColumnBase<?, ?>, Double> headerWidths() {
        Map<TableColumnBase<?, ?>, Double> widths = new HashMap<>();
        for (Node node : getSkinnable().lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Labeled label) {
                widths.put(header.getTableColumn(), header.snappedLeftInset() + header.snappedRightInset()
                        + label.prefWidth(-1) + SORT_ARROW);
            }
        }
        return widths;
    }

    /** The widest of the first rows' cells: one cell of the column's own factory, styled once, given each row. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private double contentWidth(TableColumn<S, ?> column) {
        TableView<S> table = getSkinnable();
        TableCell<S, ?> cell = (TableCell<S, ?>) ((TableColumn) column).getCellFactory().call(column);
        TableRow<S> row = new TableRow<>();
        row.updateTableView(table);
        getChildren().add(row);
        row.applyCss();
        ((SkinBase<?>) row.getSkin()).getChildren().add(cell);
        cell.updateTableColumn((TableColumn) column);
        cell.updateTableView(table);
        Function<S, String> shownAs = (Function<S, String>) column.getProperties().get(SHOWN_AS);
        Text probe = new Text();
        double widestText = 0;
        double padding = 0;
        try {
            int rows = Math.min(table.getItems().size(), MEASURED_ROWS);
            for (int i = 0; i < rows; i++) {
                if (i == 0 || shownAs == null) {
                    row.updateIndex(i);
                    cell.updateTableRow(row);
                    cell.updateIndex(i);
                }
                if (i == 0) {
                    cell.applyCss();
                    probe.setFont(cell.getFont());
                }
                widestText = Math.max(widestText, shownAs == null ? shownWidth(cell, probe)
                        : textWidth(probe, shownAs.apply(table.getItems().get(i))));
            }
            padding = cell.snappedLeftInset() + cell.snappedRightInset();
        } finally {
            getChildren().remove(row);
            // Let go of the table altogether: a cell still tied to it would keep following its changes off-screen, one
            // more with every fit.
            row.updateIndex(-1);
            cell.updateIndex(-1);
            cell.updateTableRow(null);
            cell.updateTableColumn(null);
            cell.updateTableView(null);
            row.updateTableView(null);
        }
        return widestText + padding;
    }

    private static double shownWidth(TableCell<?, ?> cell, Text probe) {
        double width = textWidth(probe, cell.getText());
        Node graphic = cell.getGraphic();
        if (graphic != null) {
            width += graphic.prefWidth(-1) + (width > 0 ? cell.getGraphicTextGap() : 0);
        }
        return width;
    }

    private static double textWidth(Text probe, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** A column takes its prefWidth only when that changes: set it to its own value, it would keep its width. */
    private static void widthTo(TableColumn<?, ?> column, double fitted) {
        // JavaFX takes a column exactly as wide as its default for one never sized, and sizes it itself when its
        // header next enters a scene: in the middle of a theme switch that styled cells before their table (25 CSS
        // warnings) and undid the fit.
        double width = fitted == JAVAFX_DEFAULT_WIDTH ? fitted + 1 : fitted;
        if (column.getPrefWidth() == width) {
            column.setPrefWidth(width + 1);
        }
        column.setPrefWidth(width);
    }
}
