package com.capacityworkbench.app.gui.table;

import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.edit.Row;
import com.capacityworkbench.app.gui.service.DialogService;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A cell of a concept table. Shows the value as spreadsheet text (numbers with thousands separators), marks it when
 * the validator objects (tooltip = the validator's message; otherwise the full text when it is clipped), and edits it
 * with the editor its column asks for: a text field checked as you type, a choice box, a period picker, or a
 * multi-select. As in a spreadsheet, typing on a selected cell starts editing with what was typed, and Tab commits
 * and moves to the next column.
 */
final class EntityCell<T extends Record> extends TableCell<Row<T>, Object> {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** Table property: the text typed on a selected cell, which the editor starts with instead of the value. */
    static final String TYPED = "entity-cell-typed";

    private final EntityTableViewModel<T> viewModel;
    private final EntityColumn column;
    private final DialogService dialogs;

    EntityCell(EntityTableViewModel<T> viewModel, EntityColumn column, DialogService dialogs) {
        this.viewModel = viewModel;
        this.column = column;
        this.dialogs = dialogs;
        getStyleClass().add("entity-cell");
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        Row<T> row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
        if (row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            pseudoClassStateChanged(INVALID, false);
            return;
        }
        if (!isEditing()) {
            setText(column.display(item));
            setGraphic(null);
        }
        List<String> problems = viewModel.problemsAt(row.index(), column.field());
        pseudoClassStateChanged(INVALID, !problems.isEmpty());
        setTooltip(problems.isEmpty() ? null : new Tooltip(String.join("\n", problems)));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        ClippedText.tooltip(this, !viewModel.problemsAt(rowIndex(), column.field()).isEmpty());
    }

    private int rowIndex() {
        Row<T> row = getTableRow() == null ? null : getTableRow().getItem();
        return row == null ? -1 : row.index();
    }

    @Override
    public void startEdit() {
        Row<T> row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || isEditing()) {
            // Editing already (the table asks again when it lays the cell out): keep the editor and what is in it.
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String text = column.format(getItem());
        Node editor;
        if (column.isMulti()) {
            editor = null;
            MultiSelectPopup.show(this, viewModel.choices(column), text, chosen -> commitText(row, chosen),
                    this::cancelEdit);
        } else if (column.hasChoices()) {
            editor = choiceEditor(row, text);
        } else {
            editor = textEditor(row, text);
        }
        if (editor != null) {
            setText(null);
            setGraphic(editor);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            editor.requestFocus();
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setContentDisplay(ContentDisplay.TEXT_ONLY);
        setGraphic(null);
        setText(column.display(getItem()));
    }

    private Node textEditor(Row<T> row, String text) {
        Object typed = getTableView() == null ? null : getTableView().getProperties().remove(TYPED);
        TextField field = new TextField(typed instanceof String t ? t : text);
        field.getStyleClass().add("cell-editor");
        // Check when typing pauses, not on every key: a check validates the row against the scenario.
        PauseTransition pause = new PauseTransition(Duration.millis(120));
        pause.setOnFinished(e -> mark(field, viewModel.check(row.index(), column.field(), field.getText()).orElse(null)));
        field.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        field.setOnAction(e -> commitText(row, field.getText()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB) {
                TableView<Row<T>> table = getTableView();
                TableColumn<Row<T>, ?> next = neighbour(table, e.isShiftDown() ? -1 : 1);
                int at = getIndex();
                commitText(row, field.getText());
                if (table != null && next != null) {
                    // After the commit the rows are replaced; select the next cell once the table has them.
                    javafx.application.Platform.runLater(() -> {
                        table.getSelectionModel().clearAndSelect(at, next);
                        table.getFocusModel().focus(at, next);
                        table.scrollToColumn(next);
                        table.requestFocus();
                    });
                }
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && isEditing()) {
                cancelEdit();
            }
        });
        if (typed instanceof String) {
            // Gaining focus selects all (in the focus handler or just after it); what was typed is a start to type
            // on from, as in a spreadsheet, so the caret goes after it each time.
            Runnable caretAtEnd = () -> {
                field.deselect();
                field.end();
            };
            field.focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    caretAtEnd.run();
                    javafx.application.Platform.runLater(caretAtEnd);
                }
            });
            field.selectionProperty().addListener((obs, old, now) -> {
                // A select-all on focus, before any other key reached the field: undone.
                if (now.getLength() > 0 && now.getLength() == field.getLength() && field.getText().equals(typed)) {
                    javafx.application.Platform.runLater(caretAtEnd);
                }
            });
        } else {
            field.selectAll();
        }
        return field;
    }

    private Node choiceEditor(Row<T> row, String text) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(viewModel.choices(column));
        box.setEditable(column.freeText());
        box.setValue(text);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("cell-editor");
        box.setOnAction(e -> {
            if (isEditing() && box.getValue() != null) {
                commitText(row, box.getValue());
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        box.setOnShown(e -> box.requestFocus());
        javafx.application.Platform.runLater(box::show);
        return box;
    }

    private @Nullable TableColumn<Row<T>, ?> neighbour(@Nullable TableView<Row<T>> table, int step) {
        if (table == null) {
            return null;
        }
        int at = table.getVisibleLeafIndex(getTableColumn()) + step;
        return at < 0 || at >= table.getVisibleLeafColumns().size() ? null : table.getVisibleLeafColumn(at);
    }

    private void mark(Node editor, String problem) {
        editor.pseudoClassStateChanged(INVALID, problem != null);
        if (editor instanceof TextField tf) {
            tf.setTooltip(problem == null ? null : new Tooltip(problem));
        }
    }

    private void commitText(Row<T> row, String text) {
        if (text.equals(column.format(getItem()))) {
            cancelEdit();
            return;
        }
        try {
            cancelEdit();
            viewModel.edit(row.index(), column.field(), text);
        } catch (IllegalArgumentException e) {
            dialogs.showError(column.header(), "\"" + text + "\" was not accepted: " + e.getMessage());
        }
    }
}
