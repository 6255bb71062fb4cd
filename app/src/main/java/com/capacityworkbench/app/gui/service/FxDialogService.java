package com.capacityworkbench.app.gui.service;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The JavaFX dialogs: alerts and file choosers owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private Path lastDirectory;

    public FxDialogService(Supplier<Window> owner, Path startDirectory) {
        this.owner = owner;
        this.lastDirectory = startDirectory;
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showProblems(String title, String header, List<String> problems) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header);
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(14, problems.size() + 1));
        alert.getDialogPane().setExpandableContent(list);
        alert.getDialogPane().setExpanded(true);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public UnsavedChoice askUnsaved(String scenarioName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.WARNING, "Unsaved changes",
                "\"" + scenarioName + "\" has unsaved changes. Save them first?");
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseOpen(String title, List<String> extensions) {
        File file = chooser(title, extensions).showOpenDialog(owner.get());
        return remember(file);
    }

    @Override
    public Optional<Path> chooseSave(String title, String suggestedName, List<String> extensions) {
        FileChooser chooser = chooser(title, extensions);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    private FileChooser chooser(String title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastDirectory != null && lastDirectory.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastDirectory.toFile());
        }
        for (String ext : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase() + " files", "*." + ext));
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastDirectory = file.toPath().toAbsolutePath().getParent();
        return Optional.of(file.toPath());
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }
}
