package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The inline form that adds one change to the selected variant: pick a kind, fill its fields (choices offer the
 * scenario's ids), Add. A wrong value is named under the form and nothing is added.
 */
final class ChangeForm extends VBox {

    private final Supplier<Scenario> scenario;
    private final Consumer<Change> onAdd;
    private final ComboBox<ChangeKind> kind = new ComboBox<>();
    private final GridPane fields = new GridPane();
    private final Label error = new Label();
    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();

    ChangeForm(Supplier<Scenario> scenario, Consumer<Change> onAdd) {
        this.scenario = scenario;
        this.onAdd = onAdd;
        setSpacing(6);
        kind.setId("change-kind");
        kind.getItems().setAll(ChangeKind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChangeKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public ChangeKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().addListener((obs, old, now) -> rebuild());
        kind.getSelectionModel().selectFirst();
        fields.setHgap(8);
        fields.setVgap(4);
        error.getStyleClass().add("danger");
        error.setId("change-error");
        error.setWrapText(true);
        Button add = new Button("Add change", new FontIcon(Material2AL.ADD));
        add.setId("add-change");
        add.setOnAction(e -> submit());
        Label title = new Label("Add a change");
        title.getStyleClass().add("form-title");
        getChildren().setAll(title, kind, fields, add, error);
    }

    /** Puts a value into a field, as a planner typing it would (for tests and shortcuts). */
    void set(String key, String value) {
        javafx.scene.Node node = fields.lookup("#change-field-" + key);
        if (node instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<String> choices = (ComboBox<String>) box;
            choices.setValue(value);
        } else if (node instanceof TextInputControl text) {
            text.setText(value);
        }
    }

    void select(ChangeKind k) {
        kind.setValue(k);
    }

    void refreshChoices() {
        rebuild();
    }

    private void rebuild() {
        fields.getChildren().clear();
        values.clear();
        error.setText("");
        ChangeKind k = kind.getValue();
        if (k == null) {
            return;
        }
        int row = 0;
        for (ChangeField f : k.fields()) {
            Label label = new Label(f.label());
            if (f.isChoice(scenario.get())) {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(f.choices().apply(scenario.get()));
                box.getSelectionModel().selectFirst();
                box.setId("change-field-" + f.key());
                values.put(f.key(), box::getValue);
                fields.addRow(row++, label, box);
            } else {
                TextField text = new TextField();
                text.setPromptText(f.hint());
                text.setId("change-field-" + f.key());
                values.put(f.key(), text::getText);
                fields.addRow(row++, label, text);
            }
        }
    }

    private void submit() {
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((key, value) -> typed.put(key, value.get()));
        try {
            onAdd.accept(kind.getValue().build(typed, scenario.get()));
            error.setText("");
        } catch (IllegalArgumentException wrong) {
            error.setText(wrong.getMessage());
        }
    }
}
