package com.capacityworkbench.app.gui.policies;

import com.capacityworkbench.app.gui.service.DialogService;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Policies & weights form: scenario settings, first-refusal and cost policies, constraint weights. */
public final class PoliciesView extends ScrollPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final PoliciesViewModel viewModel;
    private final DialogService dialogs;
    private final List<Runnable> refreshers = new ArrayList<>();

    public PoliciesView(PoliciesViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        VBox content = new VBox(
                title("Scenario"), grid(PoliciesViewModel.SETTINGS),
                title("Policies"), grid(PoliciesViewModel.POLICIES),
                title("Constraint weights"), grid(PoliciesViewModel.WEIGHTS));
        content.setStyle("-fx-padding: 8 16 16 16;");
        setContent(content);
        setFitToWidth(true);
        viewModel.document().scenarioProperty().addListener((obs, old, now) -> refreshers.forEach(Runnable::run));
    }

    private Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-title");
        return label;
    }

    private GridPane grid(List<FormField> fields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-section");
        int row = 0;
        for (FormField field : fields) {
            Label label = new Label(field.label());
            label.setMinWidth(240);
            Label help = new Label(field.help());
            help.getStyleClass().add("text-muted");
            grid.addRow(row++, label, editor(field), help);
        }
        return grid;
    }

    private Node editor(FormField field) {
        Node node = field.choices() != null ? choiceEditor(field) : textEditor(field);
        node.setId("form-" + field.path().replace('.', '-'));
        Runnable markProblems = () -> mark(node, viewModel.problems(field));
        refreshers.add(markProblems);
        markProblems.run();
        return node;
    }

    private Node textEditor(FormField field) {
        TextInputControl text = field.prose() ? proseEditor() : new TextField();
        text.setText(viewModel.text(field));
        text.textProperty().addListener((obs, old, now) ->
                mark(text, viewModel.check(field, now).map(List::of).orElse(List.of())));
        if (text instanceof TextField line) {
            line.setPrefColumnCount(22);
            line.setOnAction(e -> commit(field, text.getText()));
        } else {
            // Enter starts a new line of the description; Ctrl+Enter keeps it, as leaving the field does.
            text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    commit(field, text.getText());
                    e.consume();
                }
            });
        }
        text.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit(field, text.getText());
            }
        });
        refreshers.add(() -> {
            if (!text.isFocused()) {
                text.setText(viewModel.text(field));
            }
        });
        return text;
    }

    private static TextArea proseEditor() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(22);
        return area;
    }

    private Node choiceEditor(FormField field) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(field.freeText());
        box.setPrefWidth(260);
        Runnable load = () -> {
            box.getItems().setAll(viewModel.choices(field));
            String current = viewModel.text(field);
            box.setValue(current.isEmpty() ? "(none)" : current);
        };
        load.run();
        refreshers.add(load);
        box.setOnAction(e -> {
            if (box.getValue() != null) {
                commit(field, box.getValue());
            }
        });
        return box;
    }

    private void commit(FormField field, String text) {
        try {
            viewModel.set(field, text);
        } catch (IllegalArgumentException e) {
            dialogs.showError(field.label(), "\"" + text + "\" was not accepted: " + e.getMessage());
        }
    }

    private static void mark(Node node, List<String> problems) {
        node.pseudoClassStateChanged(INVALID, !problems.isEmpty());
        if (node instanceof javafx.scene.control.Control control) {
            control.setTooltip(problems.isEmpty() ? null : new Tooltip(String.join("\n", problems)));
        }
    }
}
