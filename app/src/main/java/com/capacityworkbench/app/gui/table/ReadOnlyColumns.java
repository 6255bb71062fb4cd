package com.capacityworkbench.app.gui.table;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Read-only result tables' columns (the Portfolio's, the Purchases answer's): text, and numbers right-aligned in their unit's format. */
public final class ReadOnlyColumns {

    private ReadOnlyColumns() {
    }

    public static <R> TableColumn<R, String> text(String header, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(header);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** Sorts by the number; shows it formatted (a NaN, an input a future did not draw, as blank). */
    public static <R> TableColumn<R, Double> number(String header, double width, Function<R, Double> value,
            Function<Double, String> format) {
        TableColumn<R, Double> column = new TableColumn<>(header);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item.isNaN() ? null : format.apply(item));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        return column;
    }
}
