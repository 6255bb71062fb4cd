package com.capacityworkbench.app.gui.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Undo and redo over immutable snapshots: every edit replaces the whole state, so undoing an edit, a
 * paste or a delete is the same single step. Knows nothing of JavaFX.
 *
 * @param <S> the immutable state, e.g. a Scenario
 */
public final class EditHistory<S> {

    private record Step<S>(String label, S state) {
    }

    private final Deque<Step<S>> undoStack = new ArrayDeque<>();
    private final Deque<Step<S>> redoStack = new ArrayDeque<>();
    private final int limit;
    private S current;
    private String currentLabel = "";

    public EditHistory(S initial, int limit) {
        this.current = Objects.requireNonNull(initial);
        this.limit = limit;
    }

    public S current() {
        return current;
    }

    /** Records an edit; an edit that changes nothing is not a step. Clears the redo stack. */
    public boolean apply(String label, S next) {
        if (next.equals(current)) {
            return false;
        }
        undoStack.push(new Step<>(currentLabel, current));
        if (undoStack.size() > limit) {
            undoStack.removeLast();
        }
        redoStack.clear();
        current = next;
        currentLabel = label;
        return true;
    }

    public boolean canUndo() {
        return !undoStack.isEmpty();
    }

    public boolean canRedo() {
        return !redoStack.isEmpty();
    }

    /** The label of the edit that undo would revert, or "" when there is none. */
    public String undoLabel() {
        return canUndo() ? currentLabel : "";
    }

    public String redoLabel() {
        return canRedo() ? redoStack.peek().label() : "";
    }

    public S undo() {
        if (!canUndo()) {
            return current;
        }
        redoStack.push(new Step<>(currentLabel, current));
        Step<S> previous = undoStack.pop();
        current = previous.state();
        currentLabel = previous.label();
        return current;
    }

    public S redo() {
        if (!canRedo()) {
            return current;
        }
        undoStack.push(new Step<>(currentLabel, current));
        Step<S> next = redoStack.pop();
        current = next.state();
        currentLabel = next.label();
        return current;
    }

    /** Forgets every step, e.g. after opening another file. */
    public void reset(S state) {
        undoStack.clear();
        redoStack.clear();
        current = Objects.requireNonNull(state);
        currentLabel = "";
    }
}
