package com.capacityworkbench.app.gui.table;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.TableCell;

/** A drop-down of check boxes under a cell: choose several families, datasets or jurisdictions, close to apply. */
final class MultiSelectPopup {

    private MultiSelectPopup() {
    }

    static void show(TableCell<?, ?> cell, List<String> choices, String current, Consumer<String> onCommit,
            Runnable onCancel) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : current.split(";")) {
            if (!part.isBlank()) {
                chosen.add(part.trim());
            }
        }
        Set<String> all = new LinkedHashSet<>(choices);
        all.addAll(chosen);
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("multi-select");
        for (String choice : all) {
            CheckBox box = new CheckBox(choice);
            box.setSelected(chosen.contains(choice));
            box.selectedProperty().addListener((obs, was, is) -> {
                if (is) {
                    chosen.add(choice);
                } else {
                    chosen.remove(choice);
                }
            });
            CustomMenuItem item = new CustomMenuItem(box, false);
            menu.getItems().add(item);
        }
        String before = String.join(";", chosen);
        menu.setOnHidden(e -> {
            String after = all.stream().filter(chosen::contains).reduce((a, b) -> a + ";" + b).orElse("");
            if (after.equals(before)) {
                onCancel.run();
            } else {
                onCommit.accept(after);
            }
        });
        menu.show(cell, Side.BOTTOM, 0, 0);
    }
}
