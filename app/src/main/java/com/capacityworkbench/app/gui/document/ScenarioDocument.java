package com.capacityworkbench.app.gui.document;

import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ValidationProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The open scenario: its current state, its file, whether it is saved, its edit history and what the
 * validator says about it. Every edit goes through {@link #apply}, so every edit can be undone.
 * Validating a large scenario takes a while, so it runs on a background executor after each change and
 * its result is applied on the UI executor, unless a newer change has superseded it.
 */
public final class ScenarioDocument {

    private static final int HISTORY_LIMIT = 200;

    private final Function<Scenario, List<ValidationProblem>> validator;
    private final Executor background;
    private final Executor ui;
    private final BooleanProperty validating = new SimpleBooleanProperty();
    private long generation;
    private final EditHistory<Scenario> history;
    private final ObjectProperty<Scenario> scenario;
    private final ObjectProperty<@Nullable Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final StringProperty redoLabel = new SimpleStringProperty("");
    private final ObservableList<ValidationProblem> problems = FXCollections.observableArrayList();
    // One wrapper for everyone: it listens to the list weakly, so a wrapper per caller could be collected.
    private final ObservableList<ValidationProblem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private Map<String, List<String>> messagesByPath = Map.of();
    private @Nullable Scenario saved;

    /** A document that validates synchronously, for tests and the command line. */
    public ScenarioDocument(Scenario initial, Function<Scenario, List<ValidationProblem>> validator) {
        this(initial, validator, Runnable::run, Runnable::run);
    }

    public ScenarioDocument(Scenario initial, Function<Scenario, List<ValidationProblem>> validator,
            Executor background, Executor ui) {
        this.validator = validator;
        this.background = background;
        this.ui = ui;
        this.history = new EditHistory<>(initial, HISTORY_LIMIT);
        this.scenario = new SimpleObjectProperty<>(initial);
        this.saved = initial;
        refresh();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ReadOnlyObjectProperty<@Nullable Path> fileProperty() {
        return file;
    }

    public @Nullable Path file() {
        return file.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }

    public ObservableList<ValidationProblem> problems() {
        return readOnlyProblems;
    }

    /** The validator's messages for one cell, e.g. {@code workloads[3].datasets} (also its sub-paths). */
    public List<String> messagesAt(String path) {
        return messagesByPath.getOrDefault(path, List.of());
    }

    /** True while a validation of the current scenario is still running. */
    public ReadOnlyBooleanProperty validatingProperty() {
        return validating;
    }

    /** Validates the current scenario now, on the calling thread (e.g. just before solving). */
    public void validateNow() {
        long mine = ++generation;
        publish(mine, validator.apply(history.current()));
    }

    /**
     * What the validator would say about one row if it read {@code text}: the row is validated alone in its
     * collection (and without the workloads, which nothing refers to), so typing stays fast at any size.
     * Duplicate ids are caught by the full validation after the edit.
     */
    public List<String> messagesForRow(Scenario candidate, String collection, int index, String field) {
        Scenario reduced = ScenarioSlice.ofRow(candidate, collection, index);
        return messagesIf(reduced, collection + "[0]." + field);
    }

    /** What the validator would say at {@code path} if the scenario were {@code candidate}; nothing is changed. */
    public List<String> messagesIf(Scenario candidate, String path) {
        return validator.apply(candidate).stream()
                .filter(p -> cellKey(p).equals(path))
                .map(ValidationProblem::message)
                .toList();
    }

    /** Records one undoable edit; returns false when it changes nothing. */
    public boolean apply(String label, Scenario next) {
        if (!history.apply(label, next)) {
            return false;
        }
        scenario.set(next);
        refresh();
        return true;
    }

    public void undo() {
        scenario.set(history.undo());
        refresh();
    }

    public void redo() {
        scenario.set(history.redo());
        refresh();
    }

    /** Replaces the document after New or Open: no history, saved as it is (unless it has no file yet). */
    public void load(Scenario loaded, @Nullable Path from) {
        history.reset(loaded);
        saved = loaded;
        file.set(from);
        scenario.set(loaded);
        refresh();
    }

    /** Replaces the scenario with one restored from a recovery file: unsaved, no history. */
    public void restore(Scenario recovered, @Nullable Path originalFile) {
        load(recovered, originalFile);
        saved = null;
        refresh();
    }

    public void markSaved(Path to) {
        markSaved(to, history.current());
    }

    /** The scenario {@code written} is now in {@code to}; edits made since (a save in the background) stay unsaved. */
    public void markSaved(Path to, Scenario written) {
        saved = written;
        file.set(to);
        refresh();
    }

    private static String cellKey(ValidationProblem problem) {
        ProblemPath parsed = ProblemPath.parse(problem.path());
        return parsed == null ? problem.path() : parsed.cellKey();
    }

    private void refresh() {
        Scenario current = history.current();
        dirty.set(!current.equals(saved));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
        long mine = ++generation;
        validating.set(true);
        background.execute(() -> {
            List<ValidationProblem> found = validator.apply(current);
            ui.execute(() -> publish(mine, found));
        });
    }

    private void publish(long of, List<ValidationProblem> found) {
        if (of != generation) {
            return;
        }
        messagesByPath = found.stream().collect(Collectors.groupingBy(ScenarioDocument::cellKey,
                Collectors.mapping(ValidationProblem::message, Collectors.toList())));
        validating.set(false);
        problems.setAll(found);
    }
}
