package com.capacityworkbench.app.gui.table;

import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.document.RecordEdit;
import com.capacityworkbench.app.gui.edit.Row;
import com.capacityworkbench.app.gui.plan.chart.Figures;
import com.capacityworkbench.app.gui.service.DialogService;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A concept table with in-place editors, search, add/duplicate/delete, and TSV copy and paste. It behaves like a
 * spreadsheet: typing on a selected cell starts editing it with what was typed, Tab moves on, and a new row is
 * selected and shown.
 */
public final class EntityTableView<T extends Record> extends BorderPane {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    /** Columns as wide as the longest name in them, up to this; a long list of datasets still clips (and shows on hover). */
    private static final double WIDEST_COLUMN = 360;

    private final EntityTableViewModel<T> viewModel;
    private final DialogService dialogs;
    private final FittedTableView<Row<T>> table = new FittedTableView<>(WIDEST_COLUMN);

    public EntityTableView(EntityTableViewModel<T> viewModel, DialogService dialogs, String title) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        getStyleClass().add("entity-table");
        setTop(toolbar(title));
        setCenter(table);
        table.setId(viewModel.nodeId() + "-table");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label("No " + viewModel.singular() + "s yet: Add one, or paste rows from a spreadsheet."));
        for (EntityColumn column : viewModel.columns()) {
            table.getColumns().add(column(column));
        }
        // The first column names the row (a workload's id): it stays put when the others scroll sideways.
        FrozenColumns.freeze(table, 1);
        SortedList<Row<T>> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        viewModel.document().fileProperty().addListener((obs, old, now) -> table.fitAgain());
        // Validation finishes after the edit (in the background at scale): repaint the marks when it lands.
        viewModel.document().problems().addListener(
                (javafx.collections.ListChangeListener<com.capacityworkbench.model.validation.ValidationProblem>) c -> table.refresh());
        table.addEventHandler(KeyEvent.KEY_TYPED, this::typeIntoCell);
        table.setOnKeyPressed(e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (COPY.match(e)) {
                copy();
                e.consume();
            } else if (PASTE.match(e)) {
                paste();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });
    }

    public TableView<Row<T>> table() {
        return table;
    }

    /** A printable key on a selected cell, not editing: edit that cell, starting from the key typed. */
    private void typeIntoCell(KeyEvent e) {
        String typed = e.getCharacter();
        if (table.getEditingCell() != null || e.isShortcutDown() || e.isAltDown() || typed.isEmpty()
                || Character.isISOControl(typed.charAt(0))) {
            return;
        }
        TablePosition<Row<T>, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getTableColumn() == null) {
            return;
        }
        EntityColumn column = viewModel.columns().stream().filter(c -> c.field().equals(at.getTableColumn().getUserData()))
                .findFirst().orElse(null);
        if (column == null || column.isMulti() || column.hasChoices()) {
            // A choice list or multi-select opens with its choices; a typed letter has nowhere to go.
            return;
        }
        table.getProperties().put(EntityCell.TYPED, typed);
        table.edit(at.getRow(), at.getTableColumn());
        if (table.getEditingCell() == null) {
            table.getProperties().remove(EntityCell.TYPED);
        }
        e.consume();
    }

    private void addRow() {
        viewModel.add();
        reveal(viewModel.rowCount() - 1, viewModel.columns().getFirst().field());
    }

    /** The scenario list the table shows, as problems name it. */
    public String collection() {
        return viewModel.collection();
    }

    /** Selects and shows the cell of row {@code index} (scenario order) and column {@code field}. */
    public void reveal(int index, String field) {
        viewModel.searchProperty().set("");
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).index() == index) {
                TableColumn<Row<T>, ?> col = table.getColumns().stream()
                        .filter(c -> field.equals(c.getUserData())).findFirst().orElse(table.getColumns().getFirst());
                table.getSelectionModel().clearAndSelect(i, col);
                table.scrollTo(Math.max(0, i - 3));
                table.scrollToColumn(col);
                table.requestFocus();
                return;
            }
        }
    }

    private TableColumn<Row<T>, Object> column(EntityColumn column) {
        TableColumn<Row<T>, Object> col = new TableColumn<>(column.header());
        col.setUserData(column.field());
        col.setId(column.field());
        col.setPrefWidth(Math.max(column.width(), 7.5 * column.header().length() + 30));
        col.setCellValueFactory(cd -> new SimpleObjectProperty<>(RecordEdit.get(cd.getValue().value(), column.field())));
        col.setComparator(VALUE_ORDER);
        col.setCellFactory(c -> new EntityCell<>(viewModel, column, dialogs));
        FittingTableSkin.shownAs(col, row -> column.display(RecordEdit.get(row.value(), column.field())));
        return col;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> VALUE_ORDER = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    };

    /**
     * Title, count and search, then the buttons. In a narrow window (1024 pixels, the navigator beside) the buttons
     * wrap to a second row with their words, rather than shrinking to "D…" in one row.
     */
    private FlowPane toolbar(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setPromptText("Search " + viewModel.singular() + "s");
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        search.setId(viewModel.nodeId() + "-search");
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setPrefWidth(240);
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.setId(viewModel.nodeId() + "-count");
        Runnable counter = () -> count.setText(Figures.integer(viewModel.visibleRows().size()) + " of "
                + Figures.integer(viewModel.rowCount()));
        viewModel.visibleRows().addListener((javafx.collections.ListChangeListener<Row<T>>) c -> counter.run());
        counter.run();
        heading.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox find = new HBox(8, heading, count, search);
        find.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox buttons = new HBox(8,
                button("Add", Material2AL.ADD, "Add a " + viewModel.singular(), this::addRow),
                button("Duplicate", Material2AL.CONTENT_COPY, "Duplicate the selected rows", () -> viewModel.duplicate(selected())),
                button("Delete", Material2AL.DELETE, "Delete the selected rows (Delete)", this::delete),
                button("Copy", Material2AL.ASSIGNMENT, "Copy the selected rows as tab-separated text (Ctrl+C)", this::copy),
                button("Paste", Material2AL.CONTENT_PASTE, "Paste rows copied from a spreadsheet (Ctrl+V)", this::paste));
        FlowPane bar = new FlowPane(16, 6, find, buttons);
        bar.getStyleClass().add("table-toolbar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String text, org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setId(viewModel.nodeId() + "-" + text.toLowerCase(java.util.Locale.ROOT));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private List<Integer> selected() {
        return table.getSelectionModel().getSelectedItems().stream().map(Row::index).distinct().toList();
    }

    private void delete() {
        List<Integer> rows = selected();
        if (!rows.isEmpty()) {
            viewModel.delete(rows);
        }
    }

    private void copy() {
        List<Integer> rows = selected();
        if (!rows.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.copy(rows));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            dialogs.showInfo("Paste", "The clipboard holds no text. Copy rows in a spreadsheet first.");
            return;
        }
        try {
            EntityTableViewModel.PasteResult pasted = viewModel.paste(text);
            if (!pasted.ignoredColumns().isEmpty()) {
                dialogs.showInfo("Paste " + viewModel.singular() + "s", "Pasted " + pasted.rows() + " row(s). "
                        + "Left out, as the table has no such column: " + String.join(", ", pasted.ignoredColumns()) + ".");
            }
        } catch (IllegalArgumentException e) {
            dialogs.showError("Paste " + viewModel.singular() + "s", e.getMessage());
        }
    }
}
