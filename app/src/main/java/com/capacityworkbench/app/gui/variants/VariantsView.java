package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.model.scenario.Variant;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Variants screen: the tree of what-ifs (each built on the base or on another variant), the selected
 * variant's name, description and ordered changes (stale ones flagged), a form to add changes, and below
 * the side-by-side comparison.
 */
public final class VariantsView extends SplitPane {

    private final VariantsViewModel viewModel;
    private final TreeView<String> tree = new TreeView<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final Label basedOn = new Label();
    private final ListView<Integer> changes = new ListView<>();
    private final ChangeForm form;
    private final VBox details;

    public VariantsView(VariantsViewModel viewModel, CompareViewModel compare, DialogService dialogs) {
        this.viewModel = viewModel;
        setId("variants-view");
        setOrientation(Orientation.VERTICAL);
        form = new ChangeForm(() -> viewModel.document().scenario(),
                change -> viewModel.selectedVariant().ifPresent(v -> viewModel.addChange(v.id(), change)));
        details = details();
        SplitPane top = new SplitPane(treePane(), scrolling(details), scrolling(form));
        top.setDividerPositions(0.24, 0.62);
        // In a small window (1024 × 700) the editors scroll and the results keep their room: the results are what
        // a comparison is for, and squeezed to their tab headers they looked gone.
        top.setMinHeight(120);
        CompareView results = new CompareView(compare, viewModel, dialogs);
        results.setMinHeight(260);
        getItems().setAll(top, results);
        setDividerPositions(0.42);
        viewModel.variants().addListener((javafx.collections.ListChangeListener<Variant>) c -> refresh());
        viewModel.selectedProperty().addListener((obs, old, now) -> showSelected());
        viewModel.document().scenarioProperty().addListener((obs, old, now) -> form.refreshChoices());
        refresh();
    }

    private static ScrollPane scrolling(javafx.scene.Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        pane.setMinHeight(0);
        return pane;
    }

    ChangeForm form() {
        return form;
    }

    private BorderPane treePane() {
        tree.setId("variant-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                if (empty || id == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                if (id.isEmpty()) {
                    setText(viewModel.document().scenario().name() + " (base)");
                    setGraphic(new FontIcon(Material2AL.ACCOUNT_TREE));
                    return;
                }
                Variant v = viewModel.find(id).orElse(null);
                boolean stale = !viewModel.staleChanges(id).isEmpty();
                setText(v == null ? id : v.name());
                setGraphic(stale ? new FontIcon(Material2MZ.WARNING) : new FontIcon(Material2AL.CALL_SPLIT));
                setTooltip(stale ? new Tooltip("Some changes no longer apply to the base") : null);
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedProperty().set(now == null || now.getValue().isEmpty() ? null : now.getValue()));
        Button add = tool(Material2AL.ADD, "New variant on the selected one (or on the base)", "variant-add", () ->
                viewModel.add("New variant", viewModel.selectedProperty().get()));
        Button duplicate = tool(Material2AL.CONTENT_COPY, "Duplicate the selected variant", "variant-duplicate", () ->
                viewModel.selectedVariant().ifPresent(v -> viewModel.duplicate(v.id())));
        Button delete = tool(Material2AL.DELETE, "Delete the selected variant (variants on it move to its parent)",
                "variant-delete", () -> viewModel.selectedVariant().ifPresent(v -> viewModel.delete(v.id())));
        // A box, not a ToolBar: in a 1024-pixel window a ToolBar pushed Delete into its overflow menu. The pane is
        // never narrower than its buttons.
        HBox bar = new HBox(4, new Label("Variants"), add, duplicate, delete);
        bar.setId("variant-toolbar");
        bar.getStyleClass().add("variant-toolbar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        BorderPane pane = new BorderPane(tree);
        pane.setTop(bar);
        return pane;
    }

    private VBox details() {
        name.setId("variant-name");
        name.setOnAction(e -> commitName());
        name.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitName();
            }
        });
        description.setId("variant-description");
        description.setPrefRowCount(2);
        description.setMinHeight(48);
        description.setWrapText(true);
        description.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                viewModel.selectedVariant().ifPresent(v -> {
                    if (!description.getText().equals(v.description() == null ? "" : v.description())) {
                        viewModel.describe(v.id(), description.getText());
                    }
                });
            }
        });
        changes.setId("variant-changes");
        changes.setMinHeight(110);
        changes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                Variant v = viewModel.selectedVariant().orElse(null);
                if (empty || index == null || v == null || index >= v.changes().size()) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String stale = viewModel.staleChanges(v.id()).get(index);
                setText((index + 1) + ". " + v.changes().get(index).describe() + (stale == null ? "" : "  — STALE: " + stale));
                setGraphic(stale == null ? null : new FontIcon(Material2MZ.WARNING));
                getStyleClass().removeAll("stale-change");
                if (stale != null) {
                    getStyleClass().add("stale-change");
                }
            }
        });
        Button remove = new Button("Remove change", new FontIcon(Material2AL.DELETE));
        remove.setId("remove-change");
        remove.setOnAction(e -> {
            Integer index = changes.getSelectionModel().getSelectedItem();
            viewModel.selectedVariant().ifPresent(v -> {
                if (index != null) {
                    viewModel.removeChange(v.id(), index);
                }
            });
        });
        Label hint = new Label("Changes are applied in order, on top of the variant it is based on; editing the base "
                + "shows up in every variant.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(6, new Label("Name"), name, basedOn, new Label("Description"), description,
                new Label("Changes"), changes, new HBox(remove), hint);
        VBox.setVgrow(changes, Priority.ALWAYS);
        box.setStyle("-fx-padding: 8;");
        return box;
    }

    private void commitName() {
        viewModel.selectedVariant().ifPresent(v -> {
            if (!name.getText().isBlank() && !name.getText().equals(v.name())) {
                viewModel.rename(v.id(), name.getText());
            }
        });
    }

    private void refresh() {
        String keep = viewModel.selectedProperty().get();
        TreeItem<String> root = new TreeItem<>("");
        root.setExpanded(true);
        addChildren(root, null);
        tree.setRoot(root);
        select(root, keep);
        showSelected();
    }

    private void addChildren(TreeItem<String> parent, String parentId) {
        for (Variant v : viewModel.childrenOf(parentId)) {
            TreeItem<String> item = new TreeItem<>(v.id());
            item.setExpanded(true);
            parent.getChildren().add(item);
            addChildren(item, v.id());
        }
    }

    private void select(TreeItem<String> item, String id) {
        if (id == null) {
            return;
        }
        if (id.equals(item.getValue())) {
            tree.getSelectionModel().select(item);
            return;
        }
        item.getChildren().forEach(child -> select(child, id));
    }

    private void showSelected() {
        Variant v = viewModel.selectedVariant().orElse(null);
        details.setDisable(v == null);
        form.setDisable(v == null);
        if (v == null) {
            name.setText("");
            description.setText("");
            basedOn.setText("Select a variant, or add one with +");
            changes.getItems().clear();
            return;
        }
        name.setText(v.name());
        description.setText(v.description() == null ? "" : v.description());
        basedOn.setText("Based on: " + (v.basedOn() == null ? "the base scenario"
                : viewModel.find(v.basedOn()).map(Variant::name).orElse(v.basedOn())));
        changes.getItems().setAll(java.util.stream.IntStream.range(0, v.changes().size()).boxed().toList());
        Map<Integer, String> stale = viewModel.staleChanges(v.id());
        changes.setTooltip(stale.isEmpty() ? null : new Tooltip(stale.size() + " change(s) no longer apply"));
    }

    private static Button tool(org.kordamp.ikonli.Ikon icon, String tip, String id, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        b.getStyleClass().add("button-icon");
        b.setOnAction(e -> action.run());
        return b;
    }
}
