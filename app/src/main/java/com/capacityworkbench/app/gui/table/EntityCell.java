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
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;

/**
 * A cell of a concept table. Shows the value as spreadsheet text, marks it when the validator objects
 * (tooltip = the validator's message), and edits it with the editor its column asks for: a text field
 * checked as you type, a choice box, a period picker, or a multi-select.
 */
final class EntityCell<T extends Record> extends TableCell<Row<T>, Object> {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

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
            setText(column.format(item));
            setGraphic(null);
        }
        List<String> problems = viewModel.problemsAt(row.index(), column.field());
        pseudoClassStateChanged(INVALID, !problems.isEmpty());
        setTooltip(problems.isEmpty() ? null : new Tooltip(String.join("\n", problems)));
    }

    @Override
    public void startEdit() {
        Row<T> row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null) {
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
        setText(column.format(getItem()));
    }

    private Node textEditor(Row<T> row, String text) {
        TextField field = new TextField(text);
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
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && isEditing()) {
                cancelEdit();
            }
        });
        field.selectAll();
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
